// Sentence spans in the original text: from after the previous terminator to the next one (included).
import type { Span } from './types';

/** 。！？!?；; as char codes. */
const TERMINATORS = new Uint8Array(65536);
for (const code of [0x3002, 0xff01, 0xff1f, 0x21, 0x3f, 0xff1b, 0x3b]) TERMINATORS[code] = 1;

/** Sorted end offsets (exclusive) of every sentence in `text`. */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (TERMINATORS[text.charCodeAt(i)] === 1) {
      let e = i + 1;
      while (e < text.length && /[”’」』)）]/.test(text[e] ?? '')) e++;
      ends.push(e);
      i = e - 1;
    }
  }
  if (ends[ends.length - 1] !== text.length) ends.push(text.length);
  return ends;
}

/** The sentence holding [start, end): binary search over `ends`, then trim surrounding whitespace. */
export function sentenceOf(text: string, ends: readonly number[], start: number): Span {
  let lo = 0;
  let hi = ends.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ends[mid] ?? 0) <= start) lo = mid + 1;
    else hi = mid;
  }
  let s = lo > 0 ? (ends[lo - 1] ?? 0) : 0;
  let e = ends[lo] ?? text.length;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}
