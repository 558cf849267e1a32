import { DIVISION_CODES } from './tables/division-codes';

const PLACEHOLDERS = new Set(['0000000000', '1234567890', '0123456789', '9876543210', '1111111111', '9999999999']);

/**
 * 政府网站标识码: 10 digits starting with a province-level division code, or "bm" + 8 digits (central
 * bodies). Placeholders leaked by templates (all one digit, 1234567890, …) are rejected.
 */
export function isValidSiteCode(code: string): boolean {
  const c = code.trim();
  if (/^bm\d{8}$/i.test(c)) return !/^bm0{8}$/i.test(c);
  if (!/^\d{10}$/.test(c)) return false;
  if (PLACEHOLDERS.has(c) || /^(\d)\1{9}$/.test(c)) return false;
  if (!DIVISION_CODES.has(c.slice(0, 2))) return false;
  // The serial part (last 4 digits) is never 0000.
  return !c.endsWith('0000');
}
