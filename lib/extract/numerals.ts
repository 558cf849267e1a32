// Reading numbers as written in Chinese news: Arabic digits (with thousands separators and decimals),
// Chinese numerals (三十余, 两千, 四点六) and the multipliers 万/亿/千/百 that follow digits.

export interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** 'arabic' for digits (possibly with a multiplier), 'chinese' for numeral characters only. */
  script: 'arabic' | 'chinese';
  /** True when 万 or 亿 (or a larger multiplier) is part of the number. */
  large: boolean;
}

const ZH_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const ZH_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const ZH_BIG: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

export const MULTIPLIERS: readonly (readonly [string, number])[] = [
  ['万亿', 1e12], ['千万', 1e7], ['百万', 1e6], ['亿', 1e8], ['万', 1e4], ['千', 1e3], ['百', 1e2],
];

const ARABIC = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u2009\u202f\u00a0]\d{3})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?/y;

const ZH_DIGIT_SET = new Set(Object.keys(ZH_DIGITS));
const ZH_NUMERAL_SET = new Set([...Object.keys(ZH_DIGITS), ...Object.keys(ZH_UNITS), ...Object.keys(ZH_BIG), '点']);

export function isZhNumeralChar(ch: string): boolean {
  return ZH_NUMERAL_SET.has(ch);
}

const ZH_DIGIT_CODES = new Uint8Array(65536);
for (const d of ZH_DIGIT_SET) ZH_DIGIT_CODES[d.charCodeAt(0)] = 1;

export function isZhDigit(ch: string): boolean {
  return ch.length === 1 && ZH_DIGIT_CODES[ch.charCodeAt(0)] === 1;
}

export function isZhDigitCode(code: number): boolean {
  return ZH_DIGIT_CODES[code] === 1;
}

/** Reads Arabic digits at `start` (1,403,434 · 8 372 · 50.92), or null. */
export function readArabic(text: string, start: number): { end: number; value: number } | null {
  ARABIC.lastIndex = start;
  const m = ARABIC.exec(text);
  if (!m) return null;
  const digits = m[0].replace(/[,\s\u2009\u202f\u00a0]/g, '');
  return { end: start + m[0].length, value: Number(digits) };
}

/** Value of a run of Chinese numeral characters (no 点), or null when it is not a well-formed number. */
export function parseZhInteger(s: string): number | null {
  if (s === '') return null;
  const chars = [...s];
  // A plain sequence of digits: 二〇二三 (read positionally) or 三四 (a range: the first one).
  if (chars.every((c) => c in ZH_DIGITS)) {
    if (chars.length === 1) return ZH_DIGITS[chars[0] ?? ''] ?? null;
    if (chars.length === 2) return ZH_DIGITS[chars[0] ?? ''] ?? null;
    return Number(chars.map((c) => ZH_DIGITS[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of chars) {
    const d = ZH_DIGITS[c];
    if (d !== undefined) {
      if (digit !== null && d !== 0) return null;
      digit = d === 0 ? null : d;
      continue;
    }
    const u = ZH_UNITS[c];
    if (u !== undefined) {
      section += (digit ?? (u === 10 ? 1 : 0)) * u;
      if (digit === null && u !== 10) return null;
      digit = null;
      continue;
    }
    const big = ZH_BIG[c];
    if (big === undefined) return null;
    total = (total + section + (digit ?? 0)) * big;
    section = 0;
    digit = null;
  }
  return total + section + (digit ?? 0);
}

/** Reads a Chinese numeral at `start` (三十余 stops before 余; 四点六 → 4.6), or null. */
export function readChinese(text: string, start: number): { end: number; value: number; large: boolean } | null {
  const first = text[start] ?? '';
  if (!ZH_DIGIT_SET.has(first) && first !== '十') return null;
  let end = start;
  while (end < text.length && (isZhNumeralChar(text[end] ?? '') && text[end] !== '点')) end++;
  let intPart = text.slice(start, end);
  // Do not swallow a trailing 百/千/万 that is not preceded by a digit (一千万 is fine, 十万 too).
  while (intPart.length > 1 && parseZhInteger(intPart) === null) intPart = intPart.slice(0, -1);
  const intValue = parseZhInteger(intPart);
  if (intValue === null) return null;
  end = start + intPart.length;
  let value = intValue;
  if (text[end] === '点' && isZhDigit(text[end + 1] ?? '')) {
    let fracEnd = end + 1;
    let frac = '';
    while (fracEnd < text.length && isZhDigit(text[fracEnd] ?? '')) {
      frac += String(ZH_DIGITS[text[fracEnd] ?? ''] ?? 0);
      fracEnd++;
    }
    value = Number(`${intValue}.${frac}`);
    end = fracEnd;
  }
  return { end, value, large: /[万亿]/.test(intPart) };
}

/** A multiplier (万, 亿, 千万 …) at `start`, longest first, or null. */
export function readMultiplier(text: string, start: number): { end: number; factor: number } | null {
  for (const [word, factor] of MULTIPLIERS) {
    if (text.startsWith(word, start)) return { end: start + word.length, factor };
  }
  return null;
}
