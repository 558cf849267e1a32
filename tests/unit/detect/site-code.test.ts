import { describe, expect, it } from 'vitest';
import { isValidSiteCode } from '../../../lib/detect/site-code';

describe('isValidSiteCode', () => {
  it('accepts 10 digits with a province prefix, and bm + 8 digits', () => {
    for (const c of ['1400000045', '3302000033', '6102000003', '4201000042', 'bm07000001', 'BM07000001']) expect(isValidSiteCode(c), c).toBe(true);
  });
  it('rejects placeholders, bad prefixes and wrong lengths', () => {
    for (const c of ['0000000000', '1234567890', '1111111111', '9999999999', '7100000001', '8100000001', '1400000', '14000000451', 'bm00000000', 'bm0700001', '3302000000', '', 'abcdefghij']) {
      expect(isValidSiteCode(c), c).toBe(false);
    }
  });
});
