// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findPinyinArtifacts, hasPinyinArtifacts, stripPinyinArtifacts } from '@/lib/convert/pinyin-artifacts';
import { seeds } from './helpers';

const seed001 = seeds.find((s) => s.name.startsWith('001_'))?.text ?? '';

describe('pinyin artifacts', () => {
  it('finds every annotation in seed 001 and nothing else', () => {
    const spans = findPinyinArtifacts(seed001);
    const bracketed = seed001.match(/\([^)]*\)/g) ?? [];
    expect(bracketed.length).toBeGreaterThan(300);
    // The only parenthesised text that is not pinyin is the author's name, (盧潔).
    expect(spans.length).toBe(bracketed.length - 1);
    for (const { start, end } of spans) expect(seed001.slice(start, end)).toMatch(/^\([a-z\u00e0-\u01dc]+\)$/u);
  });

  it('strips them: 網(wǎng)絡(luò)安全 → 網絡安全', () => {
    expect(stripPinyinArtifacts('網(wǎng)絡(luò)安全為人民')).toBe('網絡安全為人民');
    const stripped = stripPinyinArtifacts(seed001);
    expect(stripped).toContain('網絡安全為人民、網絡安全靠人民');
    expect(hasPinyinArtifacts(stripped)).toBe(false);
    expect(stripped).toContain('(盧潔)');
  });

  it.each([
    ['網（wǎng）', [{ start: 1, end: 7 }]],
    ['网(wang3)', [{ start: 1, end: 8 }]],
    ['网络(wǎng luò)', [{ start: 2, end: 12 }]],
    ['𠀀(lù)', [{ start: 2, end: 6 }]],
  ])('finds %s', (text, spans) => {
    expect(findPinyinArtifacts(text)).toEqual(spans);
    expect(hasPinyinArtifacts(text)).toBe(true);
  });

  it.each([
    '应用(APP)',
    '海报、H5(H5)',
    '国家互联网应急中心(CNCERT)',
    '网 (wǎng)',
    'abc(wǎng)',
    '(lù)',
    '表(a1)',
    '版本(v2)',
    '人(Ten)',
    '公司(Huawei)',
    '宁波(安吉)',
    '系统(Linux)',
    '',
  ])('leaves %s alone', (text) => {
    expect(findPinyinArtifacts(text)).toEqual([]);
    expect(hasPinyinArtifacts(text)).toBe(false);
    expect(stripPinyinArtifacts(text)).toBe(text);
  });
});
