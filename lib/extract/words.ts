// Word boundaries from Intl.Segmenter (ICU's dictionary segmentation, in every browser and in Node).
// Used where a dictionary match must be a whole word: a stop word ending a subject (公共 is not cut at
// 共), a gazetteer name (京东 is not inside 南京东路, 大公报 not inside 重大公报).

let shared: Intl.Segmenter | null = null;

function segmenter(): Intl.Segmenter {
  shared ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return shared;
}

/** Word boundaries of text[start, end), both ends included. */
export function wordBoundaries(text: string, start: number, end: number): Set<number> {
  const out = new Set<number>([start, end]);
  for (const s of segmenter().segment(text.slice(start, end))) out.add(start + s.index);
  return out;
}

/** Context on each side that the segmenter sees when judging one position. */
const CONTEXT = 6;

/** True when a word of the segmentation of the text around `i` runs across `i` (京 in 南京东路). */
export function isInsideWord(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  return !wordBoundaries(text, Math.max(0, i - CONTEXT), Math.min(text.length, i + CONTEXT)).has(i);
}

/** The word of the segmentation around `i` that holds text[i]. */
export function wordAround(text: string, i: number): { start: number; end: number } {
  const from = Math.max(0, i - CONTEXT);
  const hit = segmenter().segment(text.slice(from, Math.min(text.length, i + CONTEXT))).containing(i - from);
  return hit ? { start: from + hit.index, end: from + hit.index + hit.segment.length } : { start: i, end: i + 1 };
}
