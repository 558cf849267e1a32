// Runtime form of one CompiledGroup: a first-code-point index built at load; a bucket is split
// (one native split, no sorting) the first time text contains its first character. Matching is
// longest-prefix, like opencc-js's Trie.matchPrefix.
import type { CompiledGroup } from './types';

/** A parsed bucket: the one-code-point key's value ('' = none), then [suffix, value, suffix, value, …]. */
interface Bucket {
  single: string;
  entries: string[];
}

const EMPTY: string[] = [];

function parseBucket(raw: string): Bucket {
  const bar = raw.indexOf('|');
  const rest = raw.slice(bar + 1);
  return { single: raw.slice(0, bar), entries: rest === '' ? EMPTY : rest.split(' ') };
}

/** First entry index whose suffix starts with a code unit ≥ `code` (entries are sorted by it). */
function lowerBound(entries: readonly string[], code: number): number {
  let lo = 0;
  let hi = entries.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((entries[mid * 2] ?? '').charCodeAt(0) < code) lo = mid + 1;
    else hi = mid;
  }
  return lo * 2;
}

export class RuntimeGroup {
  /** Value of the last successful match(). */
  value = '';
  private readonly bmp = new Int32Array(0x10000);
  private readonly astral = new Map<number, number>();
  private readonly raw: readonly string[];
  private readonly parsed: (Bucket | undefined)[];

  constructor(compiled: CompiledGroup) {
    this.raw = compiled.buckets;
    this.parsed = new Array<Bucket | undefined>(compiled.buckets.length);
    const { starts } = compiled;
    let index = 0;
    for (let i = 0; i < starts.length; i += 1) {
      const cp = starts.codePointAt(i) ?? 0;
      index += 1;
      if (cp > 0xffff) {
        this.astral.set(cp, index);
        i += 1;
      } else {
        this.bmp[cp] = index;
      }
    }
  }

  private bucketAt(index: number): Bucket {
    const cached = this.parsed[index];
    if (cached) return cached;
    const bucket = parseBucket(this.raw[index] ?? '|');
    this.parsed[index] = bucket;
    return bucket;
  }

  /**
   * End of the longest key starting at `i` within `s[..end)`, or -1; the replacement is left in
   * `this.value`. With `multiOnly`, one-code-point keys are ignored (segmentation by phrases).
   */
  match(s: string, i: number, end: number, multiOnly = false): number {
    const code = s.charCodeAt(i);
    let index: number;
    let after = i + 1;
    if (code >= 0xd800 && code <= 0xdbff && after < end) {
      const cp = s.codePointAt(i) ?? code;
      if (cp > 0xffff) {
        index = this.astral.get(cp) ?? 0;
        after += 1;
      } else {
        index = this.bmp[cp] ?? 0;
      }
    } else {
      index = this.bmp[code] ?? 0;
    }
    if (index === 0) return -1;
    const bucket = this.bucketAt(index - 1);
    const { entries } = bucket;
    if (after < end && entries.length > 0) {
      const next = s.charCodeAt(after);
      for (let k = lowerBound(entries, next); k < entries.length; k += 2) {
        const suffix = entries[k] ?? '';
        if (suffix.charCodeAt(0) !== next) break;
        if (after + suffix.length <= end && s.startsWith(suffix, after)) {
          const value = entries[k + 1] ?? '';
          this.value = value === '=' ? s.slice(i, after + suffix.length) : value;
          return after + suffix.length;
        }
      }
    }
    if (multiOnly || bucket.single === '') return -1;
    this.value = bucket.single === '=' ? s.slice(i, after) : bucket.single;
    return after;
  }
}
