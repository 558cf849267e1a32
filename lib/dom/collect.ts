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
 *
 * The walk asks the TreeWalker for no filter callback (a call from the DOM into script for every
 * node costs more than the walk itself on pages of 100,000s of text nodes) and skips rejected
 * subtrees itself. Shadow roots are walked in place with a stack of walkers, not by recursion, so
 * however deep a page nests them the walk neither overflows nor slows down with depth.
 */
export function* walkTargets(root: Node, options: CollectOptions = {}): Generator<TextTarget> {
  const accept = options.accept ?? hasHan;
  if (root.nodeType === 3) {
    if (accept((root as Text).data)) yield { kind: 'text', node: root as Text };
    return;
  }
  const doc = root.ownerDocument ?? (root as Document);
  const walkers: TreeWalker[] = [];
  /** Visits an element: false when it is skipped with its subtree. Opens its shadow root after it. */
  function* enter(el: Element): Generator<TextTarget, boolean> {
    if (isSkippedElement(el)) return false;
    yield* attributeTargets(el, accept);
    const shadow = el.shadowRoot;
    if (shadow) {
      options.onShadowRoot?.(shadow);
      walkers.push(doc.createTreeWalker(shadow, 1 | 4));
    }
    return true;
  }
  if (root.nodeType === 1 && !(yield* enter(root as Element))) return;
  // The root's own shadow root (if any) is walked before its light children, as before.
  const light = doc.createTreeWalker(root, 1 | 4);
  if (walkers.length > 0) walkers.unshift(light);
  else walkers.push(light);
  while (walkers.length > 0) {
    const walker = walkers[walkers.length - 1]!;
    let node = walker.nextNode();
    while (node) {
      if (node.nodeType === 3) {
        if (accept((node as Text).data)) yield { kind: 'text', node: node as Text };
        node = walker.nextNode();
        continue;
      }
      const depth = walkers.length;
      if (!(yield* enter(node as Element))) {
        node = nextOutside(walker);
        continue;
      }
      // A shadow root opened: walk it first, then come back to this walker where it stands.
      if (walkers.length > depth) break;
      node = walker.nextNode();
    }
    if (!node) walkers.pop();
  }
}

/** The node after the walker's current node and its whole subtree (null past the root). */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
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
