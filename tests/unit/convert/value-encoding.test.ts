// @vitest-environment node
// Phrase values are stored relative to their key (= same, . same code point); decoding must undo it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeValue } from '@/lib/convert/compile';
import { decodeValue } from '@/lib/convert/runtime-group';

describe('phrase value encoding', () => {
  it.each([
    ['一丝不挂', '一絲不掛', '.絲.掛'],
    ['一克', '一克', '='],
    ['软件', '軟體', '軟體'],
    ['一伙', '一夥', '.夥'],
    ['𠀀丝', '𠀀絲', '.絲'],
    ['打印机', '印表機', '印表機'],
    ['互联网', '網際網路', '網際網路'],
  ])('%s → %s is stored as %s', (key, value, stored) => {
    expect(encodeValue(key, value)).toBe(stored);
    expect(decodeValue(key, stored)).toBe(value);
  });

  it('round-trips any key and value without spaces, bars or dots', () => {
    const chars = fc.constantFrom('一', '丝', '絲', '不', '挂', '掛', '𠀀', '𠀁', 'a', '=');
    const word = fc.array(chars, { minLength: 1, maxLength: 5 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(word, word, (key, value) => {
        fc.pre(value !== '=');
        expect(decodeValue(key, encodeValue(key, value))).toBe(value);
      }),
      { numRuns: 1000 },
    );
  });
});
