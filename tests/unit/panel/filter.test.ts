import { describe, expect, it } from 'vitest';
import { filterOrganizations, filterStats, matchesWords, queryWords } from '@/lib/panel/filter';
import { statsOf } from '@/lib/panel/mentions';
import { groupOrganizations } from '@/lib/panel/organizations';
import { sortStats, groupStatsByKind } from '@/lib/panel/stats';
import { sampleMentions } from './sample-report';

const kindLabel = (k: string) => ({ count: 'Counts', money: 'Money', percent: 'Percentages' })[k] ?? k;
const typeLabel = (t: string) => ({ police: '公安', company: '企业' })[t] ?? t;

describe('filter', () => {
  const stats = statsOf(sampleMentions());
  const orgs = groupOrganizations(sampleMentions());

  it('matches figures by text, subject, unit and kind (id or label)', () => {
    expect(filterStats(stats, '企业', kindLabel).map((s) => s.text)).toEqual(['136余家', '35%']);
    expect(filterStats(stats, '1.8亿', kindLabel).map((s) => s.text)).toEqual(['1.8亿余条']);
    expect(filterStats(stats, 'money', kindLabel).map((s) => s.text)).toEqual(['500万元']);
    expect(filterStats(stats, 'percentages', kindLabel).map((s) => s.text)).toEqual(['35%']);
  });

  it('matches organizations by name, English name and type', () => {
    expect(filterOrganizations(orgs, 'ningbo', typeLabel).map((g) => g.key)).toEqual(['宁波市公安局']);
    expect(filterOrganizations(orgs, '公安', typeLabel)).toHaveLength(3 - 1);
    expect(filterOrganizations(orgs, 'company', typeLabel).map((g) => g.key)).toEqual(['浙江途众汽贸控股有限公司']);
  });

  it('finds organizations on Traditional pages with a Simplified query through their folded key', () => {
    const traditional = orgs.map((g) => (g.key === '宁波市公安局网安支队' ? { ...g, canonical: '寧波市公安局網安支隊', otherNames: ['網安支隊'] } : g));
    expect(filterOrganizations(traditional, '网安', typeLabel).map((g) => g.canonical)).toEqual(['寧波市公安局網安支隊']);
  });

  it('needs every word, ignores case and full-width forms, and an empty query keeps all', () => {
    expect(queryWords('  ＮＩＮＧＢＯ  Bureau ')).toEqual(['ningbo', 'bureau']);
    expect(matchesWords(['ningbo', 'bureau'], ['Ningbo Municipal Public Security Bureau'])).toBe(true);
    expect(matchesWords(['ningbo', 'court'], ['Ningbo Municipal Public Security Bureau'])).toBe(false);
    expect(filterStats(stats, '   ', kindLabel)).toHaveLength(stats.length);
    expect(filterOrganizations(orgs, '', typeLabel)).toHaveLength(orgs.length);
  });
});

describe('figure order and grouping', () => {
  const stats = statsOf(sampleMentions());

  it('sorts by order in text or by value', () => {
    expect(sortStats(stats, 'text').map((s) => s.value)).toEqual([136, 180000000, 5000000, 35]);
    expect(sortStats(stats, 'value').map((s) => s.value)).toEqual([180000000, 5000000, 136, 35]);
  });

  it('groups by kind in a fixed order, dropping empty kinds', () => {
    expect(groupStatsByKind(stats).map((g) => [g.kind, g.items.length])).toEqual([
      ['count', 2],
      ['money', 1],
      ['percent', 1],
    ]);
  });
});
