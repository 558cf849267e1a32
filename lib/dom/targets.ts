/** One place in the page whose text the rewriter may change. */
export type TextTarget =
  | { kind: 'text'; node: Text }
  | { kind: 'attr'; el: Element; name: string };

export function readTarget(target: TextTarget): string | null {
  return target.kind === 'text' ? target.node.data : target.el.getAttribute(target.name);
}

export function writeTarget(target: TextTarget, value: string): void {
  if (target.kind === 'text') target.node.data = value;
  else target.el.setAttribute(target.name, value);
}

/** The element whose `lang` governs a target. */
export function ownerElement(target: TextTarget): Element | null {
  return target.kind === 'text' ? target.node.parentElement : target.el;
}
