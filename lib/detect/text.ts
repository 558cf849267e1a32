// Small text helpers for Chinese pages.

/** True for a CJK unified ideograph (BMP blocks and extension A; compatibility ideographs). */
export function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/** Everything but the code units isHanCode accepts. */
const NOT_HAN = /[^\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]+/g;

/**
 * Number of Han characters in `text` (BMP only: extension B+ characters are rare in news text).
 * The same count as testing isHanCode on every code unit, done by the regex engine: on a page
 * load the code is cold, and an interpreted loop over a long text cost several times more.
 */
export function countHan(text: string): number {
  return text.replace(NOT_HAN, '').length;
}

/** Collapse runs of whitespace (including U+3000) to one space and trim. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u3000]+/g, ' ').trim();
}

/** Length without any whitespace. */
export function visibleLength(text: string): number {
  return text.replace(/[\s\u3000]+/g, '').length;
}
