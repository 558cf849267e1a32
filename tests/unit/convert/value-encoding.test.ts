// @vitest-environment node
// Phrase values are stored relative to their key (empty = converted code point by code point,
// = same, . same code point); decoding must undo it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charwise, encodeValue } from '@/lib/convert/compile';
import { decodeValue } from '@/lib/convert/runtime-group';

// A group's one-code-point keys: 丝→絲, 挂→掛, 网→網 (and 络 has none).
const singles = new Map([['丝', '絲'], ['挂', '掛'], ['网', '網']]);
const alone = (key: string) => charwise(key, singles);

describe('phrase value encoding', () => {
  it.each([
    ['一丝不挂', '一絲不掛', ''],
    ['一丝不挂', '一丝不掛', '...掛'],
    ['一克', '一克', ''],
    ['网络', '网络', '='],
    ['软件', '軟體', '軟體'],
    ['一伙', '一夥', '.夥'],
    ['𠀀丝', '𠀀絲', ''],
    ['𠀀丝', '𠁀丝', '𠁀.'],
    ['打印机', '印表機', '印表機'],
    ['互联网', '網際網路', '網際網路'],
  ])('%s → %s is stored as "%s"', (key, value, stored) => {
    expect(encodeValue(key, value, singles)).toBe(stored);
    expect(decodeValue(key, stored, alone)).toBe(value);
  });

  it('round-trips any key and value without spaces, bars or dots', () => {
    const chars = fc.constantFrom('一', '丝', '絲', '不', '挂', '掛', '网', '𠀀', '𠀁', 'a', '=');
    const word = fc.array(chars, { minLength: 1, maxLength: 5 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(word, word, (key, value) => {
        fc.pre(value !== '=');
        expect(decodeValue(key, encodeValue(key, value, singles), alone)).toBe(value);
      }),
      { numRuns: 1000 },
    );
  });
});
