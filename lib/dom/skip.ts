/**
 * What the rewriter never touches: code and editable text, and anything a page asks translators
 * to leave alone. Rejecting an element rejects its whole subtree.
 */
export const SKIP_TAGS: ReadonlySet<string> = Object.freeze(
  new Set([
    'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CODE', 'PRE', 'KBD', 'SAMP', 'VAR', 'TEXTAREA', 'INPUT',
    'SELECT', 'OPTION', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'MATH',
  ]) as Set<string>,
);

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Attributes people read, converted with the text. */
export const READABLE_ATTRIBUTES: readonly string[] = ['title', 'alt', 'placeholder', 'aria-label'];

/** Prefix of every attribute and class the extension may add to a page. */
export const MARK_PREFIX = 'data-zhc-';

export function isSkippedElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  // SVG text is often read back by page scripts (charts measure their labels); leave it alone.
  if (el.namespaceURI === SVG_NS) return true;
  if (el.getAttribute('translate') === 'no') return true;
  if (el.classList.contains('notranslate')) return true;
  if (el.hasAttribute(`${MARK_PREFIX}ignore`)) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return false;
}
