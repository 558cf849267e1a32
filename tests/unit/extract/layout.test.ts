// Text as it comes off real pages: newspaper line breaks, pinyin glosses, half-width punctuation,
// Markdown-ish markers. Offsets always point into the original text.
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/extract/index';
import { orgTexts, stats, statTexts } from './helpers';

describe('line breaks inside names and numbers', () => {
  it('keeps a name broken by a line break as one mention that spans the break', () => {
    expect(orgTexts('当前，最高法、最\n\n高检出台解释。')).toEqual(['最高法', '最\n\n高检']);
    expect(orgTexts('在市公安\n局党委的统一部署下')).toEqual(['市公安\n局党委']);
    expect(orgTexts('全力支持市\n\n纪委监委驻局纪检组履行职责')).toEqual(['市\n\n纪委监委驻局纪检组']);
  });

  it('keeps a number broken by a line break as one statistic', () => {
    const [s] = stats('共抓获犯罪嫌疑人12\n63名');
    expect(s).toMatchObject({ text: '12\n63名', value: 1263 });
  });

  it('does not join a heading to the name on the next line', () => {
    expect(orgTexts('护航民营经济发展\n\n长三角政法融媒体宁波中心 记者')).toEqual(['长三角政法融媒体宁波中心']);
  });
});

describe('pinyin glosses', () => {
  it('reads through 網(wǎng)絡(luò) and keeps the gloss inside the span', () => {
    const text = '強化走好網(wǎng)上群眾路線,銅川市網(wǎng)上群眾工作部12345政務(wù)服務(wù)便民熱線上線運行六年來,總話務(wù)量累計突破85萬通。';
    expect(orgTexts(text)).toEqual(['銅川市網(wǎng)上群眾工作部']);
    expect(statTexts(text)).toEqual(['85萬通']);
  });

  it('leaves a parenthesised place inside a name alone', () => {
    expect(orgTexts('组织派出所、树兰(安吉)医院等单位')).toEqual(['树兰(安吉)医院']);
  });
});

describe('markup and punctuation', () => {
  it('stops at Markdown markers and half-width punctuation', () => {
    expect(orgTexts('**刘哲：**按照市委和市纪委的部署,市交通运输局将以案促改')).toEqual(['市委', '市纪委', '市交通运输局']);
  });

  it('returns offsets into the original text, sorted, with text = slice', () => {
    const text = '# 标题\n\n**周口市委网信办主办**,全市50余家企业负责人参加。';
    const mentions = extract(text);
    expect(mentions.map((m) => m.text)).toEqual(['周口市委网信办', '50余家']);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('filters by region', () => {
    const text = '市公安局发布通报。向136家企业发送预警。';
    expect(extract(text, { region: [{ start: 9, end: text.length }] }).map((m) => m.text)).toEqual(['136家']);
  });
});

describe('wrapped lines', () => {
  it('joins a name wrapped at a single line break, but not a word from the line before', () => {
    expect(orgTexts('提升全民网络安全\n市公安局网安\n支队开展检查。')).toEqual(['市公安局网安\n支队']);
  });

  it('does not join a title or paragraph to the name opening the next line', () => {
    expect(orgTexts('司法警察局公布上半年電訊及網絡詐騙數據\n司法警察局今日公布')).toEqual(['司法警察局', '司法警察局']);
    expect(orgTexts('广东公安专项行动战果丰硕\n南方日报讯（记者 李明）')).toEqual(['广东公安', '南方日报']);
  });
});
