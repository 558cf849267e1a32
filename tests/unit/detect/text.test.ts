import { describe, expect, it } from 'vitest';
import { collapseSpace, countHan, isHanCode } from '@/lib/detect/text';

describe('countHan', () => {
  it('counts exactly the code units isHanCode accepts, over the whole BMP', () => {
    let all = '';
    let expected = 0;
    for (let code = 0; code <= 0xffff; code++) {
      all += String.fromCharCode(code);
      if (isHanCode(code)) expected++;
    }
    expect(countHan(all)).toBe(expected);
    // Block edges, one by one.
    for (const code of [0x33ff, 0x3400, 0x4dbf, 0x4dc0, 0x4dff, 0x4e00, 0x9fff, 0xa000, 0xf8ff, 0xf900, 0xfaff, 0xfb00]) {
      expect(countHan(`a${String.fromCharCode(code)}b`)).toBe(isHanCode(code) ? 1 : 0);
    }
  });

  it('counts mixed text and leaves out supplementary-plane characters', () => {
    expect(countHan('')).toBe(0);
    expect(countHan('网络安全 law 2024年，公安部')).toBe(8);
    expect(countHan('𠮷野家')).toBe(2);
    expect(countHan(collapseSpace('  公\u3000安  '))).toBe(2);
  });
});
