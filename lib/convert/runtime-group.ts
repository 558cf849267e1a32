// Runtime form of one CompiledGroup: a first-code-point index built at load, buckets parsed lazily
// the first time text contains their first character, longest-prefix match like opencc-js's Trie.
import type { CompiledGroup } from './types';

/** Keys of one bucket that continue with the same code unit, longest first. */
interface Continuations {
  suffixes: string[];
  values: string[];
}

interface Bucket {
  /** Value of the one-code-point key, if any. */
  single: string | undefined;
  /** Longer keys by the first code unit of their suffix. */
  next: Map<number, Continuations>;
}

function parseBucket(first: string, raw: string): Bucket {
  const bucket: Bucket = { single: undefined, next: new Map() };
  for (const entry of raw.split('|')) {
    const space = entry.indexOf(' ');
    const suffix = entry.slice(0, space);
    const encoded = entry.slice(space + 1);
    const value = encoded === '=' ? first + suffix : encoded;
    if (suffix === '') {
      bucket.single = value;
      continue;
    }
    const code = suffix.charCodeAt(0);
    const cont = bucket.next.get(code) ?? { suffixes: [], values: [] };
    cont.suffixes.push(suffix);
    cont.values.push(value);
    bucket.next.set(code, cont);
  }
  for (const cont of bucket.next.values()) sortLongestFirst(cont);
  return bucket;
}

function sortLongestFirst(cont: Continuations): void {
  const order = cont.suffixes.map((_, i) => i).sort((a, b) => (cont.suffixes[b] ?? '').length - (cont.suffixes[a] ?? '').length);
  cont.suffixes = order.map((i) => cont.suffixes[i] ?? '');
  cont.values = order.map((i) => cont.values[i] ?? '');
}

export class RuntimeGroup {
  /** Value of the last successful match(). */
  value = '';
  private readonly bmp = new Int32Array(0x10000);
  private readonly astral = new Map<number, number>();
  private readonly firsts: string[] = [];
  private readonly raw: string[];
  private readonly parsed: (Bucket | undefined)[];

  constructor(compiled: CompiledGroup) {
    this.raw = compiled.buckets;
    this.parsed = new Array<Bucket | undefined>(compiled.buckets.length);
    let index = 0;
    for (const first of compiled.starts) {
      const cp = first.codePointAt(0) ?? 0;
      index += 1;
      if (cp < 0x10000) this.bmp[cp] = index;
      else this.astral.set(cp, index);
      this.firsts.push(first);
    }
  }

  private bucketAt(index: number): Bucket {
    const cached = this.parsed[index];
    if (cached) return cached;
    const bucket = parseBucket(this.firsts[index] ?? '', this.raw[index] ?? '');
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
    let after: number;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
      const cp = s.codePointAt(i) ?? code;
      index = cp > 0xffff ? (this.astral.get(cp) ?? 0) : (this.bmp[cp] ?? 0);
      after = cp > 0xffff ? i + 2 : i + 1;
    } else {
      index = this.bmp[code] ?? 0;
      after = i + 1;
    }
    if (index === 0) return -1;
    const bucket = this.bucketAt(index - 1);
    if (after < end) {
      const cont = bucket.next.get(s.charCodeAt(after));
      if (cont) {
        const { suffixes } = cont;
        for (let k = 0; k < suffixes.length; k += 1) {
          const suffix = suffixes[k] ?? '';
          if (after + suffix.length <= end && s.startsWith(suffix, after)) {
            this.value = cont.values[k] ?? '';
            return after + suffix.length;
          }
        }
      }
    }
    if (multiOnly || bucket.single === undefined) return -1;
    this.value = bucket.single;
    return after;
  }
}
