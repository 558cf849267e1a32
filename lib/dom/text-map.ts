import { findPinyinArtifacts, hasPinyinArtifacts } from '@/lib/convert/pinyin-artifacts';
import { collectTargets } from './collect';

/** A stretch of the article text that lives in one text node. */
export interface TextSegment {
  node: Text;
  /** Offsets in the article text (original script). */
  start: number;
  end: number;
}

export interface TextMap {
  /** The page's own text of the region, text nodes joined, a newline between blocks. */
  text: string;
  segments: TextSegment[];
}

const BLOCK = /^(P|DIV|LI|UL|OL|H[1-6]|TR|TD|TH|TABLE|SECTION|ARTICLE|BLOCKQUOTE|BR|DD|DT|FIGCAPTION|HEADER|FOOTER)$/;

function blockOf(node: Node, root: Node): Node {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
    if (BLOCK.test(el.tagName.toUpperCase())) return el;
  }
  return root;
}

/**
 * Builds the text the extractor reads from a region: each text node's ORIGINAL text (so offsets
 * are stable whatever script is shown), with a newline where one block ends and another begins.
 */
export function buildTextMap(root: Node, originalOf: (node: Text) => string): TextMap {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let lastBlock: Node | null = null;
  for (const target of collectTargets(root, { accept: (t) => t.length > 0 })) {
    if (target.kind !== 'text') continue;
    const node = target.node;
    const block = blockOf(node, root);
    if (lastBlock && block !== lastBlock && !parts[parts.length - 1]?.endsWith('\n')) {
      parts.push('\n');
      length += 1;
    }
    lastBlock = block;
    const text = originalOf(node);
    segments.push({ node, start: length, end: length + text.length });
    parts.push(text);
    length += text.length;
  }
  return { text: parts.join(''), segments };
}

function findSegment(segments: TextSegment[], offset: number, preferEnd: boolean): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid]!;
    if (preferEnd ? offset <= seg.start : offset < seg.start) hi = mid - 1;
    else if (preferEnd ? offset > seg.end : offset >= seg.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Where an original-text offset sits in a node that may now show other text: converted text (same
 * length, character for character), the original without its hidden pinyin artifacts (mapped
 * exactly through the removed spans), or, for the rare phrase conversion that changes a length,
 * the proportional place kept inside the node.
 */
export function displayedOffset(node: Text, original: string, offset: number): number {
  const shown = node.data.length;
  if (shown === original.length) return offset;
  let mapped = offset;
  let length = original.length;
  if (hasPinyinArtifacts(original) && !hasPinyinArtifacts(node.data)) {
    let removed = 0;
    for (const span of findPinyinArtifacts(original)) {
      if (span.start < offset) removed += Math.min(offset, span.end) - span.start;
      length -= span.end - span.start;
    }
    mapped = offset - removed;
    if (shown === length) return mapped;
  }
  return Math.max(0, Math.min(shown, Math.round((mapped * shown) / Math.max(1, length))));
}

/** A live DOM Range over the article-text span [start, end), in whatever script the page shows. */
export function rangeForSpan(
  map: TextMap,
  start: number,
  end: number,
  originalOf: (node: Text) => string,
): Range | null {
  const first = findSegment(map.segments, start, false);
  const last = findSegment(map.segments, end, true);
  if (first < 0 || last < 0) return null;
  const a = map.segments[first]!;
  const b = map.segments[last]!;
  if (!a.node.isConnected || !b.node.isConnected) return null;
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, displayedOffset(a.node, originalOf(a.node), start - a.start));
  range.setEnd(b.node, displayedOffset(b.node, originalOf(b.node), end - b.start));
  return range;
}
