// Sentences in the style of security news, written for these tests (not from the dev set), each
// guarding a mistake the extractor once made on text like it.
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/extract/index';

const texts = (text: string, type: 'STAT' | 'ORG') => extract(text).filter((m) => m.type === type).map((m) => m.text);

describe('security-news sentences', () => {
  it('keeps a court before 会同 and a cabinet before its meeting (行政院會)', () => {
    expect(texts('宁波市中级人民法院会同市检察院发布典型案例。', 'ORG')).toEqual(['宁波市中级人民法院', '市检察院']);
    expect(texts('行政院會已通過「資通安全管理法」修正草案。', 'ORG')).toEqual(['行政院']);
  });

  it('writes the unit of an amount in Chinese numerals like one in digits (二百万元 → 万元)', () => {
    const m = extract('判处被告单位罚金人民币二百万元，并处罚金人民币五十万元。').filter((x) => x.type === 'STAT');
    expect(m.map((x) => (x.type === 'STAT' ? [x.value, x.unit] : null))).toEqual([[2_000_000, '万元'], [500_000, '万元']]);
  });

  it('does not name a company after 被告单位 or a count of kinds (下游5家营销公司)', () => {
    expect(texts('被告单位上海某某数据科技有限公司向下游5家营销公司出售数据。', 'ORG')).toEqual(['上海某某数据科技有限公司']);
    expect(texts('司警局將聯同教育及青年發展局到訪學校。', 'ORG')).toEqual(['司警局', '教育及青年發展局']);
  });

  it('keeps a long known name before a word made with its last character, not a short one', () => {
    expect(texts('香港警務處在二〇二四年首九個月共接獲舉報。', 'ORG')).toEqual(['香港警務處']);
    expect(texts('中国人民银行行长表示', 'ORG')).toEqual(['中国人民银行']);
    expect(texts('各级公安部门要加强协作，工信部门配合。', 'ORG')).toEqual([]);
  });

  it('reads court divisions, 会 as a modal verb, and Latin company names', () => {
    expect(texts('最高法刑一庭负责人介绍', 'ORG')).toEqual(['最高法刑一庭']);
    expect(texts('市政府会在年内出台办法。', 'ORG')).toEqual(['市政府']);
    expect(texts('另與Meta、Google等平台業者合作。', 'ORG')).toEqual(['Meta', 'Google']);
  });

  it('reads a bare 千 or 万 after an approximation word as a round number, and 千家万户 as words', () => {
    const m = extract('全省近千名民警深入千家万户，逾万宗警情得到处置。').filter((x) => x.type === 'STAT');
    expect(m.map((x) => (x.type === 'STAT' ? [x.text, x.value, x.unit] : null))).toEqual([['近千名', 1000, '名'], ['逾万宗', 10_000, '宗']]);
  });

  it('writes the unit of 2億3,000萬元 as 萬元, like 200萬元', () => {
    const m = extract('共查扣犯罪所得新臺幣2億3,000萬元。').filter((x) => x.type === 'STAT');
    expect(m.map((x) => (x.type === 'STAT' ? [x.value, x.unit] : null))).toEqual([[230_000_000, '萬元']]);
  });

  it('reads decimal amounts with 亿 exactly, without binary-float residue', () => {
    const m = extract('对该公司处人民币80.26亿元罚款，违法处理个人信息达647.09亿条。').filter((x) => x.type === 'STAT');
    expect(m.map((x) => (x.type === 'STAT' ? x.value : null))).toEqual([8_026_000_000, 64_709_000_000]);
  });

  it('does not read 处 after a company name as a division (处…罚款 is a verb)', () => {
    expect(texts('国家网信办对滴滴全球股份有限公司处人民币80.26亿元罚款。', 'ORG')).toEqual(['国家网信办', '滴滴全球股份有限公司']);
  });

  it('treats fraud gangs as a kind of group, not a named organization', () => {
    expect(texts('今年共查獲詐欺集團1,245個。', 'ORG')).toEqual([]);
    expect(texts('警方打掉一个跨境赌博集团。', 'ORG')).toEqual([]);
  });

  it('does not make a name of what is counterfeited (提防假冒银行)', () => {
    expect(texts('澳門金融管理局提醒市民提防假冒銀行短訊。', 'ORG')).toEqual(['澳門金融管理局']);
  });

  it('types a department by the body it belongs to', () => {
    const org = extract('最高人民检察院第四检察厅负责人介绍。').find((m) => m.type === 'ORG');
    expect(org?.text).toBe('最高人民检察院第四检察厅');
    expect(org?.type === 'ORG' ? org.orgType : null).toBe('court');
  });

  it('reads data volumes and bandwidth written with Latin units, not version numbers or codes', () => {
    expect(texts('窃取数据约1.5TB，峰值流量达到800Gbps。', 'STAT')).toEqual(['约1.5TB', '800Gbps']);
    expect(texts('漏洞编号为CVE-2024-3094，影响版本5.6.0，5G基站。', 'STAT')).toEqual([]);
  });

  it('does not count 双11 or the 期 of 期间', () => {
    expect(texts('双11期间共拦截钓鱼网站1.2万个。', 'STAT')).toEqual(['1.2万个']);
  });

  it('reads a range of amounts as one figure, with no subject made of its own unit', () => {
    const m = extract('并处罚金5万元至10万元不等。').filter((x) => x.type === 'STAT');
    expect(m.map((x) => (x.type === 'STAT' ? [x.text, x.value, x.subject] : null))).toEqual([['5万元至10万元', 50_000, null]]);
  });

  it('reads a remainder with its own 千 after 萬 (3萬7千餘件 is 37,000)', () => {
    const m = extract('網路詐騙受理案件數為3萬7千餘件，較前年減少約一成。').filter((x) => x.type === 'STAT');
    expect(m.map((x) => x.text)).toEqual(['3萬7千餘件', '約一成']);
    expect(m.map((x) => (x.type === 'STAT' ? [x.value, x.subject] : null))).toEqual([[37_000, '案件數'], [10, '案件數']]);
  });

  it('keeps the place in the English of a party committee unit, and 反诈骗中心 as a name', () => {
    const orgs = extract('上海市委网信办和厦门市公安局思明分局反诈骗中心发布提示，境外诈骗中心仍在活动。').filter((m) => m.type === 'ORG');
    expect(orgs.map((m) => m.text)).toEqual(['上海市委网信办', '厦门市公安局思明分局反诈骗中心']);
    expect(orgs[0]?.type === 'ORG' ? orgs[0].english : null).toBe('Shanghai Municipal Party Committee Cyberspace Administration');
  });

  it('types the central bank as a state body', () => {
    const org = extract('中国人民银行发布通知。').find((m) => m.type === 'ORG');
    expect(org?.type === 'ORG' ? org.orgType : null).toBe('government');
  });
});
