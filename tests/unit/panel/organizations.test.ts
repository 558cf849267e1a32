import { describe, expect, it } from 'vitest';
import { groupOrganizations, parentName, sectionOrganizations } from '@/lib/panel/organizations';
import { mentionsOf, sampleMentions } from './sample-report';

describe('groupOrganizations', () => {
  it('lists each organization once, in order of first appearance, with its mention count', () => {
    const groups = groupOrganizations(sampleMentions());
    expect(groups.map((g) => [g.canonical, g.mentionIds.length])).toEqual([
      ['宁波市公安局', 1],
      ['宁波市公安局网安支队', 3],
      ['浙江途众汽贸控股有限公司', 1],
    ]);
  });

  it('folds back-references into the full name and steps through mentions in text order', () => {
    const groups = groupOrganizations(sampleMentions());
    const unit = groups.find((g) => g.key === '宁波市公安局网安支队')!;
    expect(unit.mentionIds).toEqual([1, 5, 8]);
    expect(unit.otherNames).toEqual(['网安支队']);
    expect(groups.some((g) => g.canonical === '该支队')).toBe(false);
  });

  it('resolves the parent to a listed organization and keeps English names', () => {
    const groups = groupOrganizations(sampleMentions());
    const unit = groups.find((g) => g.key === '宁波市公安局网安支队')!;
    expect(unit.parentKey).toBe('宁波市公安局');
    expect(parentName(unit, groups)).toBe('宁波市公安局');
    expect(groups[0]!.english).toBe('Ningbo Municipal Public Security Bureau');
  });

  it('lists the full name as the page shows it now, in the converted script', () => {
    const converted = sampleMentions().map((m) =>
      m.type === 'ORG' ? { ...m, shown: m.shown.replace('宁波', '寧波').replace('网安支队', '網安支隊') } : m,
    );
    const groups = groupOrganizations(converted);
    const unit = groups.find((g) => g.key === '宁波市公安局网安支队')!;
    expect(groups[0]!.displayName).toBe('寧波市公安局');
    expect(groups[0]!.canonical).toBe('宁波市公安局');
    // Only 网安支队 wrote a name (the short one); the full name stays as the extractor gave it.
    expect(unit.displayName).toBe('宁波市公安局网安支队');
    expect(unit.otherNames).toEqual(['網安支隊']);
    expect(parentName(unit, groups)).toBe('寧波市公安局');
  });

  it('follows chains of back-references and survives loops', () => {
    const mentions = mentionsOf([
      { type: 'ORG', start: 0, text: '北京市公安局', shown: '北京市公安局', orgType: 'police', key: 'bj', canonical: '北京市公安局', english: null, parent: null, refersTo: null },
      { type: 'ORG', start: 10, text: '该局', shown: '该局', orgType: 'police', key: 'x', canonical: '该局', english: null, parent: null, refersTo: 0 },
      { type: 'ORG', start: 20, text: '其', shown: '其', orgType: 'police', key: 'y', canonical: '其', english: null, parent: null, refersTo: 1 },
      { type: 'ORG', start: 30, text: '甲', shown: '甲', orgType: 'other', key: 'a', canonical: '甲', english: null, parent: null, refersTo: 4 },
      { type: 'ORG', start: 40, text: '乙', shown: '乙', orgType: 'other', key: 'b', canonical: '乙', english: null, parent: null, refersTo: 3 },
    ]);
    const groups = groupOrganizations(mentions);
    expect(groups.find((g) => g.key === 'bj')!.mentionIds).toEqual([0, 1, 2]);
    expect(groups.reduce((n, g) => n + g.mentionIds.length, 0)).toBe(5);
  });

  it('ignores figures', () => {
    expect(groupOrganizations(sampleMentions()).every((g) => g.orgType !== undefined)).toBe(true);
    expect(groupOrganizations([])).toEqual([]);
  });
});

describe('sectionOrganizations', () => {
  it('groups by type in a fixed order and nests sub-units under their parent', () => {
    const sections = sectionOrganizations(groupOrganizations(sampleMentions()));
    expect(sections.map((s) => [s.orgType, s.count])).toEqual([
      ['police', 2],
      ['company', 1],
    ]);
    const police = sections[0]!;
    expect(police.nodes).toHaveLength(1);
    expect(police.nodes[0]!.group.canonical).toBe('宁波市公安局');
    expect(police.nodes[0]!.children.map((c) => c.group.canonical)).toEqual(['宁波市公安局网安支队']);
  });

  it('keeps a sub-unit at the top when its parent is filtered out or in a cycle', () => {
    const groups = groupOrganizations(sampleMentions());
    const onlyUnit = sectionOrganizations(groups.filter((g) => g.key !== '宁波市公安局'));
    expect(onlyUnit[0]!.nodes.map((n) => n.group.canonical)).toEqual(['宁波市公安局网安支队']);

    const cyclic = groupOrganizations(
      mentionsOf([
        { type: 'ORG', start: 0, text: 'A', shown: 'A', orgType: 'other', key: 'A', canonical: 'A', english: null, parent: 'B', refersTo: null },
        { type: 'ORG', start: 5, text: 'B', shown: 'B', orgType: 'other', key: 'B', canonical: 'B', english: null, parent: 'A', refersTo: null },
      ]),
    );
    const section = sectionOrganizations(cyclic)[0]!;
    const shown = (nodes: typeof section.nodes): number => nodes.reduce((n, node) => n + 1 + shown(node.children), 0);
    expect(shown(section.nodes)).toBe(2);
  });
});
