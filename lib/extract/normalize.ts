// The view the rules read: the original text with line breaks and pinyin glosses removed, full-width
// forms made half-width and Traditional characters folded to Simplified, plus a map back to the
// original offsets. Rules work on `norm`; every span they produce is mapped back with `toOriginal`.

export interface TextView {
  original: string;
  /** Folded text, same length as `map`. */
  norm: string;
  /** norm index → original index. */
  map: Int32Array;
  /** Number of line breaks removed right before norm[i] (0 none, 1 a wrapped line, 2+ a blank line). */
  breakBefore: Uint8Array;
  /** 1 when norm[i] starts a line of the original (after a break or at the start). */
  lineStart: Uint8Array;
}

const PINYIN_GLOSS = /^\(([a-zA-Zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*)\)/;
const HAN = /\p{Script=Han}/u;

/** Length of a pinyin gloss such as "(wǎng)" starting at `i` right after a Han character, or 0. */
function pinyinGlossAt(text: string, i: number): number {
  if (text[i] !== '(' || i === 0 || !HAN.test(text[i - 1] ?? '')) return 0;
  const m = PINYIN_GLOSS.exec(text.slice(i, i + 12));
  return m ? m[0].length : 0;
}

export function foldChar(ch: string, fold: ReadonlyMap<string, string>): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e && code !== 0xff0c) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000) return ' ';
  return fold.get(ch) ?? ch;
}

export function foldText(text: string, fold: ReadonlyMap<string, string>): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i] ?? '', fold);
  return out;
}

const foldCodes = new WeakMap<ReadonlyMap<string, string>, Uint16Array>();

/** The fold table as a direct lookup by char code (0 = unchanged), built once per table. */
function codeTable(fold: ReadonlyMap<string, string>): Uint16Array {
  let table = foldCodes.get(fold);
  if (!table) {
    table = new Uint16Array(65536);
    for (const [from, to] of fold) table[from.charCodeAt(0)] = to.charCodeAt(0);
    foldCodes.set(fold, table);
  }
  return table;
}

const utf16 = new TextDecoder('utf-16le');

function decode(codes: Uint16Array, length: number): string {
  return utf16.decode(codes.subarray(0, length));
}

export function createView(original: string, fold: ReadonlyMap<string, string>): TextView {
  const table = codeTable(fold);
  const n = original.length;
  const codes = new Uint16Array(n);
  const map = new Int32Array(n);
  const breakBefore = new Uint8Array(n);
  const lineStart = new Uint8Array(n);
  let j = 0;
  let pendingBreaks = 0;
  let atLineStart = true;
  for (let i = 0; i < n; i++) {
    let code = original.charCodeAt(i);
    if (code === 10 || code === 13) {
      if (code === 10 || original.charCodeAt(i + 1) !== 10) pendingBreaks = Math.min(255, pendingBreaks + 1);
      atLineStart = true;
      continue;
    }
    if (code === 40) {
      const gloss = pinyinGlossAt(original, i);
      if (gloss > 0) {
        i += gloss - 1;
        continue;
      }
    }
    // Full-width forms become ASCII, except the ideographic comma 「，」: in Chinese text it separates
    // clauses, never thousands (12，345 is two numbers).
    if (code >= 0xff01 && code <= 0xff5e && code !== 0xff0c) code -= 0xfee0;
    else if (code === 0x3000) code = 32;
    else if (code >= 0x3400) code = table[code] || code;
    codes[j] = code;
    map[j] = i;
    breakBefore[j] = pendingBreaks;
    lineStart[j] = atLineStart ? 1 : 0;
    pendingBreaks = 0;
    atLineStart = false;
    j++;
  }
  return {
    original,
    norm: decode(codes, j),
    map: map.subarray(0, j),
    breakBefore: breakBefore.subarray(0, j),
    lineStart: lineStart.subarray(0, j),
  };
}

/** Maps a norm span [start, end) to the original span covering the same characters. */
export function toOriginal(view: TextView, start: number, end: number): { start: number; end: number } {
  const s = view.map[start] ?? view.original.length;
  const e = end > start ? (view.map[end - 1] ?? s) + 1 : s;
  return { start: s, end: e };
}

/** The original characters of a norm span, without the removed breaks and glosses. */
export function cleanOriginal(view: TextView, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) out += view.original[view.map[i] ?? 0] ?? '';
  return out;
}

/**
 * The original text of norm[start, end) as written, pinyin glosses included (what the guidelines call
 * "as written"), with only the newspaper line breaks inside it joined.
 */
export function writtenOriginal(view: TextView, start: number, end: number): string {
  if (end <= start) return '';
  const from = view.map[start] ?? 0;
  let to = (view.map[end - 1] ?? from) + 1;
  to += pinyinGlossAt(view.original, to);
  return view.original.slice(from, to).replace(/[ \t\u3000]*\r?\n[ \t\u3000]*/g, '');
}

/** True when a line break of the original lies between norm[start] and norm[end - 1]. */
export function hasBreakInside(view: TextView, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) if (view.breakBefore[i]) return true;
  return false;
}
