// Small text helpers for Chinese pages.

/** True for a CJK unified ideograph (BMP blocks and extension A; compatibility ideographs). */
export function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/** Number of Han characters in `text` (BMP only: extension B+ characters are rare in news text). */
export function countHan(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isHanCode(text.charCodeAt(i))) n++;
  return n;
}

/** Collapse runs of whitespace (including U+3000) to one space and trim. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u3000]+/g, ' ').trim();
}

/** Length without any whitespace. */
export function visibleLength(text: string): number {
  return text.replace(/[\s\u3000]+/g, '').length;
}
