import { describe, expect, it } from 'vitest';
import { figureCopyText, organizationCopyText } from '@/lib/panel/copy-text';
import { statsOf } from '@/lib/panel/mentions';
import { groupOrganizations } from '@/lib/panel/organizations';
import { sampleMentions } from './sample-report';

describe('copy text', () => {
  const stats = statsOf(sampleMentions());
  const orgs = groupOrganizations(sampleMentions());

  it('copies a figure as value, unit, subject and how the page wrote it', () => {
    expect(figureCopyText(stats[0]!, 'zh-Hans')).toBe('136家 · 企业 (136余家)');
    expect(figureCopyText(stats[1]!, 'zh-Hans')).toBe('1.8亿条 · 公民个人信息 (1.8亿余条)');
    expect(figureCopyText(stats[1]!, 'en')).toBe('180,000,000 条 · 公民个人信息 (1.8亿余条)');
    expect(figureCopyText(stats[2]!, 'zh-Hant')).toBe('500萬元 (500万元)');
  });

  it('copies an organization with its English name when known', () => {
    expect(organizationCopyText(orgs[0]!)).toBe('宁波市公安局 (Ningbo Municipal Public Security Bureau)');
    expect(organizationCopyText(orgs[1]!)).toBe('宁波市公安局网安支队');
  });
});
