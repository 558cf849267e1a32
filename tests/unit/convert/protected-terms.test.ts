// @vitest-environment node
// Phrase localisation never rewrites protected spans; characters inside them still convert.
import { describe, expect, it } from 'vitest';
import {
  convertPiecesProtected,
  convertProtected,
  findProtectedSpans,
  findTitleSpans,
  mergeSpans,
} from '@/lib/convert/protected-terms';
import { converterFor } from './helpers';

const s2twp = converterFor('s2twp');
const s2tw = converterFor('s2tw');

function twp(text: string, opts: Parameters<typeof findProtectedSpans>[1] = {}): string {
  return convertProtected(text, s2twp, s2tw, findProtectedSpans(text, opts));
}

describe('protected spans under s2twp', () => {
  const ORG = '国家互联网信息办公室';

  it('localises the phrase when unprotected (the test can tell the difference)', () => {
    expect(s2twp.convert(ORG)).toBe('國家網際網路資訊辦公室');
  });

  it('converts characters only inside a span found by the callback', () => {
    const text = `${ORG}发布通知，互联网企业要落实。`;
    const out = twp(text, { findProtected: (t) => [{ start: t.indexOf(ORG), end: t.indexOf(ORG) + ORG.length }] });
    expect(out.startsWith('國家互聯網信息辦公室')).toBe(true);
    expect(out.startsWith(s2tw.convert(ORG))).toBe(true);
    expect(out).toContain('網際網路企業');
  });

  it('protects user terms', () => {
    expect(twp(`关于${ORG}`, { protectedTerms: [ORG] })).toBe(`關於${s2tw.convert(ORG)}`);
  });

  it('protects law titles in 《》 and 〈〉', () => {
    const law = '《中华人民共和国网络安全法》';
    expect(s2twp.convert(law)).toBe('《中華人民共和國網路安全法》');
    expect(twp(`依据${law}，保障网络安全`)).toBe('依據《中華人民共和國網絡安全法》，保障網路安全');
    expect(twp('〈网络数据安全管理条例〉')).toBe(s2tw.convert('〈网络数据安全管理条例〉'));
  });

  it('leaves tw → twp spans untouched when only the phrase step would change them', () => {
    const phrase = converterFor('tw2twp');
    const text = '《網絡安全法》與網絡';
    const out = convertProtected(text, phrase, null, findProtectedSpans(text));
    expect(out).toBe('《網絡安全法》與網路');
  });

  it('applies to tw2sp with tw2s inside spans', () => {
    const tw2sp = converterFor('tw2sp');
    const tw2s = converterFor('tw2s');
    const text = '《軟體管理辦法》規範軟體';
    expect(convertProtected(text, tw2sp, tw2s, findProtectedSpans(text))).toBe('《软体管理办法》规范软件');
  });

  it('produces pieces covering the source', () => {
    const text = `依据《网络安全法》，${ORG}要求软件`;
    const pieces = convertPiecesProtected(text, s2twp, s2tw, findProtectedSpans(text, { protectedTerms: [ORG] }));
    expect(pieces.reduce((n, [l]) => n + l, 0)).toBe(text.length);
    expect(pieces.map(([, o]) => o).join('')).toBe(twp(text, { protectedTerms: [ORG] }));
  });
});

describe('span helpers', () => {
  it('finds titles, not quotes', () => {
    expect(findTitleSpans('见《网络安全法》和「互联网」')).toEqual([{ start: 1, end: 8 }]);
  });

  it('merges overlapping spans, clamps and never splits a surrogate pair', () => {
    const text = 'a𠀀bc';
    expect(mergeSpans(text, [{ start: 2, end: 3 }, { start: 3, end: 4 }, { start: -5, end: 0 }])).toEqual([{ start: 1, end: 4 }]);
    expect(mergeSpans(text, [{ start: 4, end: 99 }])).toEqual([{ start: 4, end: 5 }]);
  });
});
