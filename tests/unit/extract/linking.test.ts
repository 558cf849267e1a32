// Back-references and abbreviations share the key of the full name and point at it with refersTo.
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/extract/index';
import type { OrgMention } from '@/lib/extract/types';

function orgMentions(text: string): { all: ReturnType<typeof extract>; orgs: OrgMention[] } {
  const all = extract(text);
  return { all, orgs: all.filter((m): m is OrgMention => m.type === 'ORG') };
}

describe('linking', () => {
  it('links a short unit name to the full name and records the parent', () => {
    const { all, orgs } = orgMentions('宁波市公安局网安支队相关负责人表示。原来，网安支队在一次检测中发现问题。');
    const [full, short] = orgs;
    expect(full?.text).toBe('宁波市公安局网安支队');
    expect(full?.parent).toBe('宁波市公安局');
    expect(short?.text).toBe('网安支队');
    expect(short?.key).toBe(full?.key);
    expect(short?.canonical).toBe('宁波市公安局网安支队');
    expect(short?.refersTo !== null && all[short?.refersTo ?? -1]).toBe(full);
  });

  it('accepts an unanchored unit only as a back-reference', () => {
    const text = '铜川市网上群众工作部上线运行。网上群众工作部热线先后荣获荣誉。';
    expect(orgMentions(text).orgs.map((o) => [o.text, o.rule])).toEqual([
      ['铜川市网上群众工作部', 'org-suffix-walk'],
      ['网上群众工作部', 'org-backref'],
    ]);
    expect(orgMentions('网上群众工作部热线先后荣获荣誉。').orgs).toEqual([]);
  });

  it('links a gazetteer abbreviation to the full name written earlier', () => {
    const { all, orgs } = orgMentions('最高人民检察院发布典型案例。最高检强调依法严惩。');
    expect(orgs.map((o) => o.key)).toEqual(['最高人民检察院', '最高人民检察院']);
    expect(all[orgs[1]?.refersTo ?? -1]).toBe(orgs[0]);
  });

  it('uses one key for both scripts', () => {
    const [a] = orgMentions('法務部調查局表示').orgs;
    const [b] = orgMentions('法务部调查局表示').orgs;
    expect(a?.key).toBe(b?.key);
  });

  it('splits lists and leaves out people and former names', () => {
    expect(orgMentions('由市委宣传部、市委网信办、市公安局等单位主办').orgs.map((o) => o.text)).toEqual([
      '市委宣传部', '市委网信办', '市公安局',
    ]);
    expect(orgMentions('原解放军信息工程大学网络攻防实验室教授张长河做客').orgs.map((o) => o.text)).toEqual([
      '解放军信息工程大学网络攻防实验室',
    ]);
    expect(orgMentions('网安支队民警唐凌威表示').orgs.map((o) => o.text)).toEqual(['网安支队']);
  });

  it('drops generic classes, places and campaigns', () => {
    expect(orgMentions('全市公安机关开展“净网”专项行动，在宁波、北仑区和国家网络安全宣传周期间，联合四大运营商。').orgs).toEqual([]);
  });
});

describe('coordination and word boundaries', () => {
  it('splits coordinated committees written without punctuation', () => {
    expect(orgMentions('在市委市政府的坚强领导下，省委省政府高度重视').orgs.map((o) => o.text)).toEqual([
      '市委', '市政府', '省委', '省政府',
    ]);
  });

  it('does not take the first half of another word for a unit', () => {
    expect(orgMentions('部分医院信息系统存在漏洞，会上与会人员讨论，把握大局，以人民为中心').orgs).toEqual([]);
  });

  it('finds people’s organizations and provincial corps', () => {
    expect(orgMentions('由团市委、市妇联、市科协主办，浙江省公安厅网络安全保卫总队协办').orgs.map((o) => o.text)).toEqual([
      '团市委', '市妇联', '市科协', '浙江省公安厅网络安全保卫总队',
    ]);
  });
});

describe('brand heads', () => {
  it('does not take a phrase or a kind of business for a brand', () => {
    expect(orgMentions('他大学毕业后到公司上班，后来去医院就诊。小区物业公司、居委会联合社区民警开展宣传。').orgs).toEqual([]);
  });

  it('keeps proper names before a brand head', () => {
    expect(orgMentions('走进位于育新街的飞越网吧，清华大学、浙江途众汽贸控股有限公司代表出席。').orgs.map((o) => o.text)).toEqual([
      '飞越网吧', '清华大学', '浙江途众汽贸控股有限公司',
    ]);
  });
});
