import { hasHan } from './han';
import { isSkippedElement, READABLE_ATTRIBUTES } from './skip';
import type { TextTarget } from './targets';

export interface CollectOptions {
  /** Called for every open shadow root met, so the caller can observe it too. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Keep only targets whose text passes this test (default: has Han characters). */
  accept?: (text: string) => boolean;
}

/** True when `node` or one of its ancestors (up to a shadow root or the document) is skipped. */
export function isInsideSkipped(node: Node): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
  }
  return false;
}

/**
 * Reads, never writes: walks `root` (and open shadow roots below it) and returns the text nodes
 * and readable attributes that hold text worth converting. Skipped subtrees are rejected whole.
 */
export function collectTargets(root: Node, options: CollectOptions = {}): TextTarget[] {
  const accept = options.accept ?? hasHan;
  const out: TextTarget[] = [];
  const visit = (start: Node): void => {
    const doc = start.ownerDocument ?? (start as Document);
    if (start.nodeType === 3) {
      const text = start as Text;
      if (accept(text.data)) out.push({ kind: 'text', node: text });
      return;
    }
    if (start.nodeType === 1) {
      if (isSkippedElement(start as Element)) return;
      collectAttributes(start as Element, accept, out);
      const shadow = (start as Element).shadowRoot;
      if (shadow) {
        options.onShadowRoot?.(shadow);
        visit(shadow);
      }
    }
    const walker = doc.createTreeWalker(start, 1 | 4, {
      acceptNode(node: Node): number {
        if (node.nodeType === 1 && isSkippedElement(node as Element)) return 2; // FILTER_REJECT
        return 1;
      },
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === 3) {
        const text = node as Text;
        if (accept(text.data)) out.push({ kind: 'text', node: text });
      } else {
        const el = node as Element;
        collectAttributes(el, accept, out);
        if (el.shadowRoot) {
          options.onShadowRoot?.(el.shadowRoot);
          visit(el.shadowRoot);
        }
      }
    }
  };
  visit(root);
  return out;
}

function collectAttributes(el: Element, accept: (text: string) => boolean, out: TextTarget[]): void {
  if (!el.hasAttributes()) return;
  for (const name of READABLE_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value !== null && accept(value)) out.push({ kind: 'attr', el, name });
  }
}
