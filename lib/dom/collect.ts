import { hasHan } from './han';
import { isSkippedElement, READABLE_ATTRIBUTES } from './skip';
import type { TextTarget } from './targets';
import { createSliceClock } from './yield';

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

/** One tree being walked: its root (a shadow root's walk ends at it) and the next node to visit. */
interface Frame {
  root: Node;
  node: Node | null;
}

/**
 * Reads, never writes: a walk over `root` (and the open shadow roots below it) that hands out the
 * text nodes and readable attributes holding text worth converting, in document order, an
 * element's shadow tree before its light children. Skipped subtrees are rejected whole.
 *
 * A plain loop over the tree with an explicit stack of frames: no TreeWalker filter calling into
 * script for every node (the largest cost of a cold page load), no recursion (pages nest thousands
 * of elements or shadow roots deep), and it can stop after any number of targets and go on later,
 * which is what lets the whole-page pass run in slices.
 */
function createTargetWalk(root: Node, options: CollectOptions): (out: TextTarget[], max: number) => boolean {
  const accept = options.accept ?? hasHan;
  const stack: Frame[] = [];
  /** Takes an element's attributes and opens its shadow root; false when it is skipped whole. */
  const enter = (el: Element, out: TextTarget[]): boolean => {
    if (isSkippedElement(el)) return false;
    if (el.hasAttributes()) {
      for (const name of READABLE_ATTRIBUTES) {
        const value = el.getAttribute(name);
        if (value !== null && accept(value)) out.push({ kind: 'attr', el, name });
      }
    }
    const shadow = el.shadowRoot;
    if (shadow) {
      options.onShadowRoot?.(shadow);
      stack.push({ root: shadow, node: shadow.firstChild });
    }
    return true;
  };
  let started = false;
  return (out, max) => {
    const limit = out.length + max;
    if (!started) {
      started = true;
      if (root.nodeType === 3) {
        if (accept((root as Text).data)) out.push({ kind: 'text', node: root as Text });
        return false;
      }
      const frame: Frame = { root, node: root.firstChild };
      stack.push(frame);
      // The root's shadow tree (pushed by enter, above the light frame) is walked first.
      if (root.nodeType === 1 && !enter(root as Element, out)) stack.pop();
    }
    while (stack.length > 0 && out.length < limit) {
      const frame = stack[stack.length - 1]!;
      const node = frame.node;
      if (!node) {
        stack.pop();
        continue;
      }
      let descend = false;
      if (node.nodeType === 3) {
        if (accept((node as Text).data)) out.push({ kind: 'text', node: node as Text });
      } else if (node.nodeType === 1) {
        descend = enter(node as Element, out);
      }
      // If the element opened a shadow root, its frame now sits above this one and goes first.
      frame.node = nextInFrame(frame.root, node, descend);
    }
    return stack.length > 0;
  };
}

/** The node after `node` in document order within `root`: its first child, or the next sibling up. */
function nextInFrame(root: Node, node: Node, descend: boolean): Node | null {
  if (descend && node.firstChild) return node.firstChild;
  let n: Node | null = node;
  while (n && n !== root && !n.nextSibling) n = n.parentNode;
  return n && n !== root ? n.nextSibling : null;
}

/** Every target below `root`, in one go. */
export function collectTargets(root: Node, options: CollectOptions = {}): TextTarget[] {
  const out: TextTarget[] = [];
  createTargetWalk(root, options)(out, Infinity);
  return out;
}

/** The same walk in frame-sized slices, so a huge page never blocks its main thread for long. */
export async function collectTargetsSliced(root: Node, options: CollectOptions, sliceMs: number): Promise<TextTarget[]> {
  const out: TextTarget[] = [];
  const walk = createTargetWalk(root, options);
  const clock = createSliceClock(sliceMs);
  while (walk(out, 512)) {
    if (clock.expired()) await clock.yield();
  }
  return out;
}
