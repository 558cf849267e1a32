// Whatever the text, mentions are sorted, inside the text, and their text is the original slice.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { extract } from '@/lib/extract/index';

const pieces = ['宁波市公安局', '网安支队', '136家', '企业', '\n', '\n\n', '(wǎng)', '網', '萬', '1,403', ' ', '，', '余', '近', '超', '%', '最高检', '市委', '“', '”', '2023年', '7×24小时', '百分之', '四點六', 'A', '5G'];

it('keeps offsets into the original text for any mix of pieces', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const mentions = extract(text);
      let last = -1;
      for (const m of mentions) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(text.length);
        expect(m.end).toBeGreaterThan(m.start);
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(m.start).toBeGreaterThanOrEqual(last);
        last = m.start;
      }
    }),
    { numRuns: 300 },
  );
});

it('never throws on arbitrary text and keeps text = slice', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      for (const m of extract(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
    }),
    { numRuns: 1000 },
  );
  expect(extract('')).toEqual([]);
  expect(extract('\n\n\n')).toEqual([]);
});
