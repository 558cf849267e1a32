import { describe, expect, it } from 'vitest';
import { parseZhInteger, readArabic, readChinese } from '@/lib/extract/numerals';
import { stats, statTexts } from './helpers';

describe('numeral readers', () => {
  it('reads Chinese integers', () => {
    expect(parseZhInteger('三十')).toBe(30);
    expect(parseZhInteger('两千')).toBe(2000);
    expect(parseZhInteger('一百零五')).toBe(105);
    expect(parseZhInteger('十九')).toBe(19);
    expect(parseZhInteger('一千二百万')).toBe(12_000_000);
    expect(parseZhInteger('二〇二三')).toBe(2023);
    expect(parseZhInteger('三四')).toBe(3);
    expect(parseZhInteger('百')).toBeNull();
  });

  it('reads Chinese decimals and stops before 余', () => {
    expect(readChinese('四点六', 0)).toMatchObject({ value: 4.6, end: 3 });
    expect(readChinese('三十余家', 0)).toMatchObject({ value: 30, end: 2 });
  });

  it('reads Arabic numbers with separators', () => {
    expect(readArabic('1,403,434人次', 0)).toEqual({ end: 9, value: 1403434 });
    expect(readArabic('8 372人', 0)).toEqual({ end: 5, value: 8372 });
    expect(readArabic('8\u2009372人', 0)).toEqual({ end: 5, value: 8372 });
    expect(readArabic('50.92万件', 0)).toEqual({ end: 5, value: 50.92 });
  });
});

describe('statistics', () => {
  it('scales by 万 and 亿 with approximation inside', () => {
    const [a, b, c] = stats('涉及公民个人信息1.8亿余条，总话务量85万通，查获2万余张。');
    expect(a).toMatchObject({ text: '1.8亿余条', value: 180_000_000, unit: '条', kind: 'count', approx: '余' });
    expect(b).toMatchObject({ text: '85万通', value: 850_000, unit: '通' });
    expect(c).toMatchObject({ text: '2万余张', value: 20_000, unit: '张', approx: '余' });
  });

  it('keeps approximation words that touch the number', () => {
    expect(statTexts('效率提升超50%，满意率在99%以上，人均休息不足4小时，面积近12000平方米。')).toEqual([
      '超50%', '99%以上', '不足4小时', '近12000平方米',
    ]);
  });

  it('reads percentages in words, full-width digits and thousands separators', () => {
    expect(stats('失業率為百分之四點六。')[0]).toMatchObject({ value: 4.6, kind: 'percent', unit: '%' });
    expect(stats('共有１２３家企業')[0]).toMatchObject({ text: '１２３家', value: 123 });
    expect(stats('累计1,403,434人次')[0]).toMatchObject({ value: 1_403_434, unit: '人次' });
    expect(stats('共有8 372人参加')[0]).toMatchObject({ text: '8 372人', value: 8372 });
  });

  it('reads money with its unit as written', () => {
    expect(stats('涉案金额3.5亿元')[0]).toMatchObject({ value: 350_000_000, unit: '亿元', kind: 'money' });
    expect(stats('罚款200万元')[0]).toMatchObject({ value: 2_000_000, unit: '万元', kind: 'money' });
  });

  it('reads ranges by their lower bound', () => {
    expect(stats('判处有期徒刑3至5年')[0]).toMatchObject({ text: '3至5年', value: 3, kind: 'duration' });
    expect(stats('每组10-15人')[0]).toMatchObject({ text: '10-15人', value: 10 });
  });

  it('keeps an approximation word that opens the text (近 at index 0)', () => {
    expect(stats('近四成机关单位已完成整改')[0]).toMatchObject({ text: '近四成', value: 40 });
  });

  it('reads a tenth and its half (一成五 is 15%), but not a count that follows 成', () => {
    expect(stats('較前年增加一成五。')[0]).toMatchObject({ text: '一成五', value: 15, kind: 'percent' });
    expect(stats('約三成五的受訪者表示')[0]).toMatchObject({ text: '約三成五', value: 35, subject: '受訪者' });
    expect(stats('占比一成五左右')[0]).toMatchObject({ text: '一成五左右', value: 15 });
    expect(stats('近三成五星级酒店参与')[0]).toMatchObject({ value: 30 });
  });

  it('reads a range written with its unit on both sides as one figure', () => {
    expect(statTexts('以每条0.5元至2元的价格出售')).toEqual(['0.5元至2元']);
    expect(stats('以每条0.5元至2元的价格出售')[0]).toMatchObject({ value: 0.5, unit: '元', kind: 'money', subject: '价格' });
    expect(statTexts('投诉量平均下降了30%—50%。')).toEqual(['30%—50%']);
    expect(statTexts('並以每筆新臺幣3元至5元的價格兜售')).toEqual(['3元至5元']);
    expect(stats('罚款5万元至10万元')[0]).toMatchObject({ text: '5万元至10万元', value: 50_000, unit: '万元' });
    // Different units are two figures; dates stay out.
    expect(statTexts('走访企业50家至民警200人')).toEqual(['50家', '200人']);
    expect(statTexts('2023年至2024年，3月至5月')).toEqual([]);
  });

  it('counts Chinese numerals of ten and more, and never small ones', () => {
    expect(stats('三十余家企业参加')[0]).toMatchObject({ text: '三十余家', value: 30, approx: '余' });
    expect(stats('两千名群众')[0]).toMatchObject({ value: 2000 });
    expect(statTexts('三个方面，两级联动，十年来，五个行业')).toEqual([]);
  });

  it('reads a bare number with 万 as a count without unit', () => {
    expect(stats('发送1000多万订单')[0]).toMatchObject({ text: '1000多万', value: 10_000_000, unit: '' });
  });

  it('skips dates, times, ordinals, identifiers and list markers', () => {
    const text = '2023年9月14日凌晨2点，第2期，拨打110或12345热线，5G和IPv6，十九大，一号工程，“2015-1239”，“6.26”工作站。\n1 不负厚望\n①民警';
    expect(statTexts(text)).toEqual([]);
  });

  it('records the counted subject and the sentence', () => {
    const text = '去年以来，宁波公安累计向136家企业发送预警。办理案件9起。';
    const [a, b] = stats(text);
    expect(a?.subject).toBe('企业');
    expect(b?.subject).toBe('案件');
    expect(a && text.slice(a.sentence.start, a.sentence.end)).toBe('去年以来，宁波公安累计向136家企业发送预警。');
  });
});

describe('boundaries of numbers and units', () => {
  it('starts a number after a clause comma but not inside 1,403 or 3.5', () => {
    expect(statTexts('分别为12，345人，共1,403人，3.5亿元')).toEqual(['12', '345人', '1,403人', '3.5亿元'].slice(1));
  });

  it('does not read a unit that begins another word', () => {
    expect(statTexts('年满18周岁，2019年成立，90年代，3年级')).toEqual([]);
    expect(statTexts('九成以上民众支持，3周内完成')).toEqual(['九成以上', '3周']);
  });
});

describe('Taiwan dates', () => {
  it('reads 112年1月 and 民國112年 as dates', () => {
    expect(statTexts('112年1月至8月共受理3件，民國112年成立')).toEqual(['3件']);
  });
});
