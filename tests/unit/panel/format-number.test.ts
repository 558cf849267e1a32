import { describe, expect, it } from 'vitest';
import { isAfterScale, splitApprox } from '@/lib/panel/approx';
import { baseUnit, formatStatValue, formatValueWithUnit } from '@/lib/panel/format-number';

describe('formatStatValue', () => {
  it('scales large values into 万 and 亿 for Chinese readers, keeping the exact figure', () => {
    expect(formatStatValue(180000000, 'zh-Hans')).toEqual({ text: '1.8亿', digits: '1.8', scale: '亿', full: '180,000,000' });
    expect(formatStatValue(5000000, 'zh-Hans')).toEqual({ text: '500万', digits: '500', scale: '万', full: '5,000,000' });
    expect(formatStatValue(180000000, 'zh-Hant')).toMatchObject({ text: '1.8億', full: '180,000,000' });
    expect(formatStatValue(35000, 'zh-Hant').text).toBe('3.5萬');
  });

  it('groups digits in English and leaves small values alone', () => {
    expect(formatStatValue(180000000, 'en')).toEqual({ text: '180,000,000', digits: '180,000,000', scale: '', full: null });
    expect(formatStatValue(136, 'zh-Hans')).toEqual({ text: '136', digits: '136', scale: '', full: null });
    expect(formatStatValue(4.6, 'en').text).toBe('4.6');
    expect(formatStatValue(9999, 'en').text).toBe('9,999');
    // Chinese text writes 5000余人, not 5,000余人.
    expect(formatStatValue(9999, 'zh-Hans').text).toBe('9999');
  });

  it('keeps precision when scaling', () => {
    expect(formatStatValue(123456789, 'zh-Hans').text).toBe('1.2346亿');
    expect(formatStatValue(12345, 'zh-Hans').text).toBe('1.2345万');
  });

  it('survives values that are not finite', () => {
    expect(formatStatValue(Number.NaN, 'en').text).toBe('NaN');
  });
});

describe('baseUnit and formatValueWithUnit', () => {
  it('drops the scale word of units the extractor already multiplied in', () => {
    expect(baseUnit('万元')).toBe('元');
    expect(baseUnit('亿美元')).toBe('美元');
    expect(baseUnit('万平方米')).toBe('平方米');
    expect(baseUnit('‰')).toBe('%');
  });

  it('keeps units that only look scaled', () => {
    expect(baseUnit('千米')).toBe('千米');
    expect(baseUnit('千克')).toBe('千克');
    expect(baseUnit('个百分点')).toBe('个百分点');
    expect(baseUnit('百分点')).toBe('百分点');
    expect(baseUnit('家')).toBe('家');
    expect(baseUnit('')).toBe('');
  });

  it('joins value and unit the way each language reads them', () => {
    expect(formatValueWithUnit(5000000, '万元', 'zh-Hans')).toBe('500万元');
    expect(formatValueWithUnit(5000000, '万元', 'en')).toBe('5,000,000 元');
    expect(formatValueWithUnit(136, '家', 'zh-Hans')).toBe('136家');
    expect(formatValueWithUnit(136, '家', 'en')).toBe('136 家');
    expect(formatValueWithUnit(35, '%', 'en')).toBe('35%');
    expect(formatValueWithUnit(10000000, '', 'zh-Hans')).toBe('1000万');
  });
});

describe('splitApprox', () => {
  it('puts 超/近/约 before the figure, 余/多 between number and unit, 以上/左右 after the unit', () => {
    expect(splitApprox('超')).toEqual({ before: ['超'], inside: [], after: [] });
    expect(splitApprox('近+余')).toEqual({ before: ['近'], inside: ['余'], after: [] });
    expect(splitApprox('以上')).toEqual({ before: [], inside: [], after: ['以上'] });
    expect(splitApprox(null)).toEqual({ before: [], inside: [], after: [] });
  });

  it('places 余/多 around 万 and 亿 the way the page wrote them', () => {
    expect(isAfterScale('余', '万', '2万余张')).toBe(true);
    expect(isAfterScale('多', '万', '1000多万')).toBe(false);
    expect(isAfterScale('余', '亿', '1.8億餘條')).toBe(false);
    expect(isAfterScale('余', '亿', '1.8億余條')).toBe(true);
    expect(isAfterScale('余', '', '136余家')).toBe(false);
  });
});
