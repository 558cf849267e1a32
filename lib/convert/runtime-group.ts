// Runtime form of one CompiledGroup: a first-code-point index built at load; a bucket is split
// (one native split, no sorting) the first time text contains its first character. Matching is
// longest-prefix, like opencc-js's Trie.matchPrefix.
import { VALUE_SEPARATOR, type CompiledGroup } from './types';

/**
 * A bucket once touched: the one-code-point key's value ('' = none), the bucket as stored
 * (`single|run|run…`, runs sorted by the suffix's first code unit), and the runs looked up so far
 * by that unit, split into [suffix, value, suffix, value, …] (null: no key continues with that
 * unit). The bucket string is never split as a whole: common characters start hundreds of phrases
 * and a page needs a few of them, so a run is found in place the first time it is needed.
 */
interface Bucket {
  single: string;
  raw: string;
  byNext: Map<number, string[] | null>;
}

function parseBucket(raw: string): Bucket {
  const bar = raw.indexOf('|');
  return { single: bar < 0 ? raw : raw.slice(0, bar), raw, byNext: new Map() };
}

/**
 * The run whose suffixes start with `code`. Every `|` starts a run (keys and values never hold
 * `|`), so the run is the text after `|` + that unit, up to the next `|`.
 */
function findRun(raw: string, code: number): string | undefined {
  const at = raw.indexOf(`|${String.fromCharCode(code)}`);
  if (at < 0) return undefined;
  const end = raw.indexOf('|', at + 1);
  return raw.slice(at + 1, end < 0 ? raw.length : end);
}

/**
 * Undo compile.ts's encodeValue: empty is the key converted code point by code point
 * (`charwise`), `=` the key, and `.` the key's code point at the same place.
 */
export function decodeValue(key: string, value: string, charwise: (key: string) => string): string {
  if (value === '') return charwise(key);
  if (value === '=') return key;
  if (!value.includes('.')) return value;
  const k = [...key];
  let out = '';
  let i = 0;
  for (const c of value) {
    out += c === '.' ? (k[i] ?? '') : c;
    i += 1;
  }
  return out;
}

/**
 * Split a run into [suffix, value, …]. Values stay encoded until a match needs one (most entries
 * of a run are never matched on a page): see `valueAt`.
 */
function splitRun(run: string): string[] {
  const unit = run.charAt(0);
  const out: string[] = [];
  for (const entry of run.slice(1).split(' ')) {
    const at = entry.indexOf(VALUE_SEPARATOR);
    if (at < 0) out.push(unit + entry, '');
    else out.push(unit + entry.slice(0, at), entry.slice(at + 1));
  }
  return out;
}

/**
 * The keys continuing with `code` (the unit at `s[after]`), longest first; looked up and split
 * once per bucket and unit.
 */
function runAt(bucket: Bucket, s: string, after: number): string[] | null {
  const code = s.charCodeAt(after);
  const cached = bucket.byNext.get(code);
  if (cached !== undefined) return cached;
  const run = findRun(bucket.raw, code);
  const entries = run === undefined ? null : splitRun(run);
  bucket.byNext.set(code, entries);
  return entries;
}

export class RuntimeGroup {
  /** Value of the last successful match(). */
  value = '';
  /** Whether the last successful match() was a key of more than one code point. */
  phrase = false;
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

  /** Whether some key starts with code point `cp`. */
  hasStart(cp: number): boolean {
    return cp > 0xffff ? this.astral.has(cp) : (this.bmp[cp] ?? 0) > 0;
  }

  private bucketAt(index: number): Bucket {
    const cached = this.parsed[index];
    if (cached) return cached;
    const bucket = parseBucket(this.raw[index] ?? '|');
    this.parsed[index] = bucket;
    return bucket;
  }

  /**
   * The decoded value of entry `k` of `run`, decoded in place the first time. Encoded values are
   * empty, `=` or hold `.`; decoded ones never are or do (compile.ts refuses such entries), so the
   * test is exact.
   */
  private valueAt(run: string[], k: number, first: string): string {
    const value = run[k + 1] ?? '';
    if (value !== '' && value !== '=' && !value.includes('.')) return value;
    const key = first + (run[k] ?? '');
    const decoded = decodeValue(key, value, (k) => this.charwise(k));
    run[k + 1] = decoded;
    return decoded;
  }

  /** `key` converted code point by code point by this group's one-code-point keys. */
  private charwise(key: string): string {
    let out = '';
    for (const c of key) {
      const cp = c.codePointAt(0) ?? 0;
      const index = cp > 0xffff ? (this.astral.get(cp) ?? 0) : (this.bmp[cp] ?? 0);
      const single = index === 0 ? '' : this.bucketAt(index - 1).single;
      out += single === '' || single === '=' ? c : single;
    }
    return out;
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
    const run = after < end ? runAt(bucket, s, after) : null;
    if (run !== null) {
      for (let k = 0; k < run.length; k += 2) {
        const suffix = run[k] ?? '';
        if (after + suffix.length <= end && s.startsWith(suffix, after)) {
          this.value = this.valueAt(run, k, s.slice(i, after));
          this.phrase = true;
          return after + suffix.length;
        }
      }
    }
    if (multiOnly || bucket.single === '') return -1;
    this.value = bucket.single === '=' ? s.slice(i, after) : bucket.single;
    this.phrase = false;
    return after;
  }
}
