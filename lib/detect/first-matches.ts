/**
 * For each selector, the first element of `root` (document order) that matches it; selectors that
 * match nothing are left out. One query for all of them (each alone is a walk of the document),
 * then each candidate tested against each selector. A selector the engine does not know spoils the
 * union: then each is queried alone, and an unknown one matches nothing.
 */
export function firstMatches(root: ParentNode, selectors: readonly string[]): Map<string, Element> {
  const out = new Map<string, Element>();
  if (selectors.length === 0) return out;
  let candidates: Element[] | null = null;
  try {
    candidates = Array.from(root.querySelectorAll(selectors.join(',')));
  } catch {
    // One at a time, below.
  }
  for (const selector of selectors) {
    try {
      const first = candidates ? candidates.find((el) => el.matches(selector)) : root.querySelector(selector);
      if (first) out.set(selector, first);
    } catch {
      // This engine does not know the selector: it matches nothing.
    }
  }
  return out;
}
