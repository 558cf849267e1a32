// Sentences written in the style of Taiwan, Hong Kong and Macao police and government releases.
import { describe, expect, it } from 'vitest';
import { orgs, orgTexts, stats } from './helpers';

describe('Taiwan', () => {
  const text =
    '內政部警政署刑事警察局今（12）日表示，今年1至8月共受理詐騙案件1萬2,345件，財損金額逾新臺幣52億元，較去年同期減少百分之四點六。刑事局呼籲民眾撥打165反詐騙諮詢專線查證。';

  it('finds the nested agency, its abbreviation and links them', () => {
    const found = orgs(text);
    expect(found.map((o) => o.text)).toEqual(['內政部警政署刑事警察局', '刑事局']);
    const [full, short] = found;
    expect(full?.key).toBe('内政部警政署刑事警察局');
    expect(full?.english).toBe('Criminal Investigation Bureau');
    expect(full?.parent).toBe('内政部警政署');
    expect(short?.key).toBe(full?.key);
    expect(short?.refersTo).not.toBeNull();
  });

  it('reads Traditional numerals and money', () => {
    expect(stats(text).map((s) => [s.text, s.value, s.kind])).toEqual([
      ['1萬2,345件', 12345, 'count'],
      ['逾新臺幣52億元'.slice(4), 5_200_000_000, 'money'],
      ['百分之四點六', 4.6, 'percent'],
    ]);
  });

  it('finds city police sub-bureaus and ministries', () => {
    expect(orgTexts('法務部調查局與數位發展部資通安全署合作，臺北市政府警察局大安分局亦配合偵辦。')).toEqual([
      '法務部調查局', '數位發展部資通安全署', '臺北市政府警察局大安分局',
    ]);
  });

  it('does not take a gang for an organization', () => {
    expect(orgTexts('警方瓦解跨境電信詐騙集團，逮捕嫌犯10餘人。')).toEqual([]);
    expect(stats('逮捕嫌犯10餘人。')[0]).toMatchObject({ value: 10, unit: '人', approx: '余' });
  });
});

describe('Hong Kong', () => {
  const text =
    '香港警務處網絡安全及科技罪案調查科表示，今年首六個月共接獲2,158宗網上騙案，損失金額約3.2億港元，按年上升18%。保安局局長出席活動。香港電腦保安事故協調中心提醒市民。';

  it('finds police bureaus and government bodies with English names', () => {
    const found = orgs(text);
    expect(found.map((o) => o.text)).toEqual(['香港警務處網絡安全及科技罪案調查科', '保安局', '香港電腦保安事故協調中心']);
    expect(found[0]?.parent).toBe('香港警务处');
    expect(found[1]?.english).toBe('Security Bureau');
  });

  it('reads counts, Hong Kong dollars and percentages', () => {
    expect(stats(text).map((s) => [s.text, s.value, s.unit])).toEqual([
      ['2,158宗', 2158, '宗'],
      ['約3.2億港元', 320_000_000, '億港元'],
      ['18%', 18, '%'],
    ]);
  });

  it('takes place + 警方 as the actor', () => {
    expect(orgTexts('香港警方呼籲市民提高警覺。')).toEqual(['香港警方']);
  });
});

describe('Macao', () => {
  const text = '澳門司法警察局昨日公佈，上半年共錄得電訊詐騙案183宗，涉款約2,600萬澳門元。治安警察局及網絡安全事故預警及應急中心亦參與行動。';

  it('maps a place + gazetteer name to the gazetteer key', () => {
    const found = orgs(text);
    expect(found.map((o) => o.text)).toEqual(['澳門司法警察局', '治安警察局', '網絡安全事故預警及應急中心']);
    expect(found[0]?.key).toBe('司法警察局');
    expect(found[2]?.parent).toBe('司法警察局');
  });

  it('reads patacas', () => {
    expect(stats(text).map((s) => [s.value, s.unit, s.kind])).toEqual([
      [183, '宗', 'count'],
      [26_000_000, '萬澳門元', 'money'],
    ]);
  });
});

describe('Hong Kong police regions', () => {
  it('keeps the region and the team in one name; reads full-width digits', () => {
    const text = '警方今日（２０２４年３月５日）拘捕３名男子。案件交由東九龍總區反詐騙調查隊跟進。消費者委員會收到逾２００宗投訴，按年增加近三成。';
    expect(orgs(text).map((o) => o.text)).toEqual(['東九龍總區反詐騙調查隊', '消費者委員會']);
    expect(stats(text).map((s) => [s.text, s.value])).toEqual([['３名', 3], ['逾２００宗', 200], ['近三成', 30]]);
  });
});
