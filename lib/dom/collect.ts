import { hasHan } from './han';
import { isSkippedElement, READABLE_ATTRIBUTES } from './skip';
import type { TextTarget } from './targets';
import { createSliceClock, yieldToPage } from './yield';

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
 * Reads, never writes: walks `root` (and open shadow roots below it) and yields the text nodes and
 * readable attributes that hold text worth converting. Skipped subtrees are rejected whole.
 */
export function* walkTargets(root: Node, options: CollectOptions = {}): Generator<TextTarget> {
  const accept = options.accept ?? hasHan;
  if (root.nodeType === 3) {
    if (accept((root as Text).data)) yield { kind: 'text', node: root as Text };
    return;
  }
  if (root.nodeType === 1) {
    if (isSkippedElement(root as Element)) return;
    yield* attributeTargets(root as Element, accept);
    const shadow = (root as Element).shadowRoot;
    if (shadow) {
      options.onShadowRoot?.(shadow);
      yield* walkTargets(shadow, options);
    }
  }
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 1 | 4, {
    acceptNode(node: Node): number {
      if (node.nodeType === 1 && isSkippedElement(node as Element)) return 2; // FILTER_REJECT
      return 1;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      if (accept((node as Text).data)) yield { kind: 'text', node: node as Text };
    } else {
      const el = node as Element;
      yield* attributeTargets(el, accept);
      if (el.shadowRoot) {
        options.onShadowRoot?.(el.shadowRoot);
        yield* walkTargets(el.shadowRoot, options);
      }
    }
  }
}

function* attributeTargets(el: Element, accept: (text: string) => boolean): Generator<TextTarget> {
  if (!el.hasAttributes()) return;
  for (const name of READABLE_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value !== null && accept(value)) yield { kind: 'attr', el, name };
  }
}

/**
 * walkTargets' targets, in the same order, collected in one go: a plain loop over the tree instead
 * of a generator driving a filtered TreeWalker (a call into the page's script per node), which is
 * what a cold content script pays for on every page load.
 */
export function collectTargets(root: Node, options: CollectOptions = {}): TextTarget[] {
  const out: TextTarget[] = [];
  collectInto(root, options, options.accept ?? hasHan, out);
  return out;
}

function pushAttributes(el: Element, accept: (text: string) => boolean, out: TextTarget[]): void {
  if (!el.hasAttributes()) return;
  for (const name of READABLE_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value !== null && accept(value)) out.push({ kind: 'attr', el, name });
  }
}

function collectInto(root: Node, options: CollectOptions, accept: (text: string) => boolean, out: TextTarget[]): void {
  if (root.nodeType === 3) {
    if (accept((root as Text).data)) out.push({ kind: 'text', node: root as Text });
    return;
  }
  if (root.nodeType === 1) {
    if (isSkippedElement(root as Element)) return;
    pushAttributes(root as Element, accept, out);
    const shadow = (root as Element).shadowRoot;
    if (shadow) {
      options.onShadowRoot?.(shadow);
      collectInto(shadow, options, accept, out);
    }
  }
  // Document order below root, without recursion (old CMS pages nest thousands deep).
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      if (accept((node as Text).data)) out.push({ kind: 'text', node: node as Text });
    } else if (node.nodeType === 1 && !isSkippedElement(node as Element)) {
      const el = node as Element;
      pushAttributes(el, accept, out);
      if (el.shadowRoot) {
        options.onShadowRoot?.(el.shadowRoot);
        collectInto(el.shadowRoot, options, accept, out);
      }
      descend = true;
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    // Next in document order: a sibling, or the sibling of the nearest ancestor below root.
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
}

/** The same walk in frame-sized slices, so a huge page never blocks its main thread for long. */
export async function collectTargetsSliced(root: Node, options: CollectOptions, sliceMs: number): Promise<TextTarget[]> {
  const out: TextTarget[] = [];
  const clock = createSliceClock(sliceMs);
  let n = 0;
  for (const target of walkTargets(root, options)) {
    out.push(target);
    if (++n % 512 === 0 && clock.expired()) {
      await yieldToPage();
      clock.reset();
    }
  }
  return out;
}
