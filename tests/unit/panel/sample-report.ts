import type { PageReport } from '@/lib/messaging/report';
import type { PanelMention } from '@/lib/panel/mentions';

type StatInput = Omit<Extract<PanelMention, { type: 'STAT' }>, 'type' | 'id' | 'rule' | 'sentence' | 'end'> & {
  sentence?: { start: number; end: number };
};
type OrgInput = Omit<Extract<PanelMention, { type: 'ORG' }>, 'type' | 'id' | 'rule' | 'end'>;

/** Builds mentions with ids in list order, as the content script numbers them. */
export function mentionsOf(items: ({ type: 'STAT' } & StatInput | { type: 'ORG' } & OrgInput)[]): PanelMention[] {
  return items.map((item, id): PanelMention => {
    const end = item.start + item.text.length;
    if (item.type === 'STAT') {
      return { ...item, id, end, rule: 'test', sentence: item.sentence ?? { start: item.start, end } };
    }
    return { ...item, id, end, rule: 'test' };
  });
}

export function sampleMentions(): PanelMention[] {
  return mentionsOf([
    { type: 'ORG', start: 0, text: '宁波市公安局', shown: '宁波市公安局', orgType: 'police', key: '宁波市公安局', canonical: '宁波市公安局', english: 'Ningbo Municipal Public Security Bureau', parent: null, refersTo: null },
    { type: 'ORG', start: 6, text: '网安支队', shown: '网安支队', orgType: 'police', key: '宁波市公安局网安支队', canonical: '宁波市公安局网安支队', english: null, parent: '宁波市公安局', refersTo: null },
    { type: 'STAT', start: 30, text: '136余家', shown: '136余家', value: 136, unit: '家', kind: 'count', approx: '余', subject: '企业', sentence: { start: 20, end: 50 }, sentenceText: '去年以来，共走访辖区136余家企业，排查隐患。' },
    { type: 'STAT', start: 60, text: '1.8亿余条', shown: '1.8亿余条', value: 180000000, unit: '条', kind: 'count', approx: '余', subject: '公民个人信息' },
    { type: 'ORG', start: 80, text: '浙江途众汽贸控股有限公司', shown: '浙江途众汽贸控股有限公司', orgType: 'company', key: '浙江途众汽贸控股有限公司', canonical: '浙江途众汽贸控股有限公司', english: null, parent: null, refersTo: null },
    { type: 'ORG', start: 110, text: '该支队', shown: '该支队', orgType: 'police', key: '该支队', canonical: '该支队', english: null, parent: null, refersTo: 1 },
    { type: 'STAT', start: 120, text: '500万元', shown: '500万元', value: 5000000, unit: '万元', kind: 'money', approx: null, subject: null },
    { type: 'STAT', start: 140, text: '35%', shown: '35%', value: 35, unit: '%', kind: 'percent', approx: null, subject: '企业' },
    { type: 'ORG', start: 150, text: '网安支队', shown: '网安支队', orgType: 'police', key: '宁波市公安局网安支队', canonical: '宁波市公安局网安支队', english: null, parent: '宁波市公安局', refersTo: null },
  ]);
}

export function sampleReport(overrides: Partial<PageReport> = {}): PageReport {
  return {
    url: 'https://www.nbpolice.gov.cn/art/2024/1/5/art_1.html',
    hasChinese: true,
    detection: {
      kind: 'press',
      confidence: 0.86,
      script: 'simplified',
      evidence: [{ id: 'meta-site-name', kind: 'press', weight: 0.6, detail: 'Site name names a newspaper: 宁波日报' }],
      isArticle: true,
    },
    metadata: {
      title: '宁波公安：筑牢网络安全防线，护航民营经济发展',
      site: '宁波日报',
      source: '长三角政法融媒体宁波中心',
      published: '2024-01-05T09:30:00+08:00',
      authors: ['黄素珍', '徐超'],
      editor: null,
      section: null,
      url: 'https://www.nbpolice.gov.cn/art/2024/1/5/art_1.html',
      siteCode: null,
    },
    article: { selector: 'article', textLength: 2000, paragraphs: 12 },
    mentions: sampleMentions(),
    extracted: true,
    conversion: { target: null, source: null, pinyinArtifacts: 0, artifactsHidden: false, written: 0, auto: null, lastPass: null },
    highlights: false,
    revision: 3,
    session: "sample",
    costMs: 0,
    detectMs: 0,
    ...overrides,
  };
}

export const HOSTILE = '<img src=x onerror=alert(1)>';

/** A report whose every page-provided string is markup or a formula. */
export function hostileReport(): PageReport {
  const base = sampleReport();
  return sampleReport({
    metadata: { ...base.metadata!, title: HOSTILE, site: '=HYPERLINK("http://evil")', source: '<b>bold</b>', authors: ['<script>x()</script>'] },
    detection: { ...base.detection!, evidence: [{ id: 'e', kind: 'press', weight: 1, detail: HOSTILE }] },
    mentions: mentionsOf([
      { type: 'STAT', start: 0, text: HOSTILE, shown: HOSTILE, value: 3, unit: '<i>家</i>', kind: 'count', approx: null, subject: '=1+1', sentenceText: HOSTILE },
      { type: 'ORG', start: 40, text: HOSTILE, shown: HOSTILE, orgType: 'other', key: 'k', canonical: HOSTILE, english: '<svg onload=alert(1)>', parent: '<iframe>', refersTo: null },
    ]),
  });
}
