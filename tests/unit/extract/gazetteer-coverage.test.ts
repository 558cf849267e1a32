// The gazetteer's coverage of bodies met in security news: type, English, parent and linking for a
// sample of entries in both scripts, and the consistency of the file (parents exist, aliases are
// unique, no entry is a generic class).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/extract/index';
import { parseFold, parseGazetteer, parseList } from '@/lib/extract/lexicon';
import { foldText } from '@/lib/extract/normalize';
import type { OrgMention } from '@/lib/extract/types';

const dir = join(import.meta.dirname, '../../../lib/extract/data');
const read = (file: string): string => readFileSync(join(dir, file), 'utf8');

function orgs(text: string): { all: ReturnType<typeof extract>; orgs: OrgMention[] } {
  const all = extract(text);
  return { all, orgs: all.filter((m): m is OrgMention => m.type === 'ORG') };
}

type Row = [text: string, orgType: string, english: string | null, parent: string | null, key: string];

/** Each sentence names one body; the ORG found must carry the gazetteer's identity. */
const cases: Record<string, Row[]> = {
  mainland: [
    ['中宣部', 'party', 'Publicity Department of the Communist Party of China Central Committee', '中共中央', '中共中央宣传部'],
    ['全国人大常委会法工委', 'government', "Legislative Affairs Commission of the Standing Committee of the National People's Congress", '全国人民代表大会常务委员会', '全国人民代表大会常务委员会法制工作委员会'],
    ['国家发改委', 'government', 'National Development and Reform Commission', null, '国家发展和改革委员会'],
    ['国家广电总局', 'government', 'National Radio and Television Administration', null, '国家广播电视总局'],
    ['国家邮政局', 'government', 'State Post Bureau', '交通运输部', '国家邮政局'],
    ['国家标准委', 'government', 'Standardization Administration of China', '国家市场监督管理总局', '国家标准化管理委员会'],
    ['TC260', 'government', null, null, '全国网络安全标准化技术委员会'],
    ['国家移民管理局', 'government', 'National Immigration Administration', '公安部', '国家移民管理局'],
    ['公安部禁毒局', 'police', 'Narcotics Control Bureau of the Ministry of Public Security', '公安部', '公安部禁毒局'],
    ['公安一所', 'police', 'First Research Institute of the Ministry of Public Security', '公安部', '公安部第一研究所'],
    ['赛迪研究院', 'school', 'China Center for Information Industry Development', '工业和信息化部', '中国电子信息产业发展研究院'],
    ['阿里云', 'company', 'Alibaba Cloud', '阿里巴巴', '阿里云'],
    ['腾讯云', 'company', 'Tencent Cloud', '腾讯', '腾讯云'],
    ['知道创宇', 'company', 'Knownsec', null, '知道创宇'],
    ['新京报', 'media', 'The Beijing News', null, '新京报'],
    ['第一财经', 'media', 'Yicai', null, '第一财经'],
  ],
  taiwan: [
    ['行政院資通安全處', 'government', 'Department of Cyber Security, Executive Yuan', '行政院', '行政院资通安全处'],
    ['國發會', 'government', 'National Development Council', '行政院', '国家发展委员会'],
    ['經濟部', 'government', 'Ministry of Economic Affairs', null, '经济部'],
    ['臺北市政府警察局', 'police', 'Taipei City Police Department', null, '台北市政府警察局'],
    ['中央警察大學', 'school', 'Central Police University', '内政部', '中央警察大学'],
    ['TWCERT/CC', 'government', 'Taiwan Computer Emergency Response Team/Coordination Center', null, '台湾电脑网路危机处理暨协调中心'],
    ['工研院', 'school', 'Industrial Technology Research Institute', null, '工业技术研究院'],
    ['資策會', 'association', 'Institute for Information Industry', null, '资讯工业策进会'],
    ['海巡署', 'government', 'Coast Guard Administration', '海洋委员会', '海洋委员会海巡署'],
  ],
  'Hong Kong': [
    ['香港城市大學', 'school', 'City University of Hong Kong', null, '香港城市大学'],
    ['香港理工大學', 'school', 'Hong Kong Polytechnic University', null, '香港理工大学'],
    ['有組織罪案及三合會調查科', 'police', 'Organized Crime and Triad Bureau', '香港警务处', '有组织罪案及三合会调查科'],
    ['南華早報', 'media', 'South China Morning Post', null, '南华早报'],
    ['東方日報', 'media', 'Oriental Daily News', null, '东方日报'],
  ],
  Macao: [
    ['澳廣視', 'media', 'Teledifusão de Macau', null, '澳门广播电视股份有限公司'],
    ['澳門理工大學', 'school', 'Macao Polytechnic University', null, '澳门理工大学'],
  ],
  foreign: [
    ['美国国家安全局', 'government', 'National Security Agency', null, '美国国家安全局'],
    ['聯邦調查局', 'police', 'Federal Bureau of Investigation', null, '美国联邦调查局'],
  ],
};

describe.each(Object.entries(cases))('gazetteer coverage: %s', (_region, rows) => {
  it.each(rows)('%s', (name, orgType, english, parent, key) => {
    const found = orgs(`据悉，${name}近日发布通报。`).orgs;
    expect(found.map((o) => o.text)).toEqual([name]);
    expect(found[0]).toMatchObject({ orgType, english, parent, key });
  });
});

describe('gazetteer coverage in sentences', () => {
  it('links an abbreviation to the full name written earlier, in either script', () => {
    for (const text of [
      '全国人民代表大会常务委员会法制工作委员会发言人表示，全国人大常委会法工委将推进立法。',
      '全國人民代表大會常務委員會法制工作委員會發言人表示，全國人大常委會法工委將推進立法。',
    ]) {
      const { all, orgs: found } = orgs(text);
      expect(found.map((o) => o.key)).toEqual(['全国人民代表大会常务委员会法制工作委员会', '全国人民代表大会常务委员会法制工作委员会']);
      expect(all[found[1]?.refersTo ?? -1]).toBe(found[0]);
    }
  });

  it('does not read 美国国家安全局 as Taiwan’s 国家安全局', () => {
    const { orgs: found } = orgs('国家计算机病毒应急处理中心发布报告，披露美国国家安全局对西北工业大学实施网络攻击。');
    expect(found.map((o) => [o.text, o.english])).toEqual([
      ['国家计算机病毒应急处理中心', 'National Computer Virus Emergency Response Center'],
      ['美国国家安全局', 'National Security Agency'],
      ['西北工业大学', 'Northwestern Polytechnical University'],
    ]);
  });

  it('gives a local unit its own English, not that of the MPS bureau its name ends like', () => {
    const { orgs: found } = orgs('上海市公安局刑侦局与省公安厅网安局联合侦办。');
    expect(found.map((o) => [o.text, o.english, o.parent])).toEqual([
      ['上海市公安局刑侦局', 'Shanghai Public Security Bureau Criminal Investigation Bureau', '上海市公安局'],
      ['省公安厅网安局', 'Provincial Public Security Department Cybersecurity Bureau', '省公安厅'],
    ]);
  });

  it('composes English for units under new places and field words', () => {
    const { orgs: found } = orgs('重慶市公安局渝北區分局經濟犯罪偵查支隊、新北市政府警察局三重分局、浙江省邮政管理局联合开展行动。');
    expect(found.map((o) => [o.text, o.orgType, o.english, o.parent])).toEqual([
      ['重慶市公安局渝北區分局經濟犯罪偵查支隊', 'police', 'Chongqing Public Security Bureau Yubei Sub-bureau Economic Crime Investigation Detachment', '重慶市公安局渝北區分局'],
      ['新北市政府警察局三重分局', 'police', 'New Taipei City Police Department Sanchong Sub-bureau', '新北市政府警察局'],
      ['浙江省邮政管理局', 'government', 'Zhejiang Postal Administration Bureau', null],
    ]);
  });

  it('finds ministries in a list and leaves their departments (部门) and deployments (部署) alone', () => {
    expect(orgs('教育部、财政部、商务部、外交部联合发文。').orgs.map((o) => o.english)).toEqual([
      'Ministry of Education', 'Ministry of Finance', 'Ministry of Commerce', 'Ministry of Foreign Affairs',
    ]);
    expect(orgs('教育部门和财政部门配合，交通部署到位，经济部署有序。').orgs).toEqual([]);
  });

  it('does not find a name inside ordinary words', () => {
    expect(orgs('各单位通过办公视频会议系统参会，并反思科技伦理，采用TDM技术。').orgs).toEqual([]);
  });
});

describe('gazetteer consistency', () => {
  const fold = parseFold(read('fold.tsv'));
  const f = (s: string): string => foldText(s, fold);
  const entries = parseGazetteer(read('gazetteer.tsv'));
  const names = new Set(entries.map((e) => e.name));

  it('names only parents that are entries themselves', () => {
    const missing = entries.filter((e) => e.parent !== null && !names.has(e.parent)).map((e) => `${e.name} → ${e.parent}`);
    expect(missing).toEqual([]);
  });

  it('gives no entry itself as parent and has no parent cycles', () => {
    const parentOf = new Map(entries.map((e) => [e.name, e.parent]));
    for (const e of entries) {
      const seen = new Set<string>([e.name]);
      for (let p = e.parent; p !== null; p = parentOf.get(p) ?? null) {
        expect(seen.has(p), `${e.name} cycles through ${p}`).toBe(false);
        seen.add(p);
      }
    }
  });

  it('uses each name and alias (folded) for one entry only', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of entries) {
      for (const n of new Set([e.name, ...e.aliases].map(f))) {
        const prev = owner.get(n);
        if (prev !== undefined) clashes.push(`${n}: ${prev} / ${e.name}`);
        owner.set(n, e.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('lists no generic class as a name or alias', () => {
    const generic = new Set(parseList(read('generic-orgs.txt')).filter((g) => !g.startsWith('…')).map(f));
    const tails = parseList(read('generic-orgs.txt')).filter((g) => g.startsWith('…')).map((g) => f(g.slice(1)));
    const bad = entries.flatMap((e) => [e.name, ...e.aliases]).filter((n) => generic.has(f(n)) || tails.some((t) => f(n).endsWith(t)));
    expect(bad).toEqual([]);
  });

  it('uses only the known organization types', () => {
    const types = new Set(['police', 'party', 'government', 'court', 'company', 'school', 'media', 'association', 'other']);
    expect(entries.filter((e) => !types.has(e.type)).map((e) => e.name)).toEqual([]);
  });
});
