import { stripPinyinArtifacts } from '@/lib/convert/pinyin-artifacts';
import type { ReportMention } from '@/lib/messaging/report';

/**
 * A mention as the panel reads it. `sentenceText` (the sentence around a figure, as the page shows
 * it now) is filled by the content script; restated here so the panel keeps working with reports
 * that do not carry it (the panel then offers no sentence).
 */
export type PanelMention = ReportMention & { sentenceText?: string };

export type StatItem = Extract<PanelMention, { type: 'STAT' }>;
export type OrgItem = Extract<PanelMention, { type: 'ORG' }>;

export type StatKind = StatItem['kind'];
export type OrgType = OrgItem['orgType'];

/** Display order of figure kinds and organization types (most relevant to security news first). */
export const STAT_KINDS: readonly StatKind[] = ['count', 'money', 'percent', 'duration', 'measure'];
export const ORG_TYPES: readonly OrgType[] = [
  'police', 'court', 'government', 'party', 'company', 'school', 'media', 'association', 'other',
];

export function isStat(m: PanelMention): m is StatItem {
  return m.type === 'STAT';
}

export function isOrg(m: PanelMention): m is OrgItem {
  return m.type === 'ORG';
}

/** What a figure counts, as the page shows it now, without pinyin glosses; null when unknown. */
export function subjectOf(stat: StatItem): string | null {
  const subject = stat.subjectShown ?? stat.subject;
  return subject ? stripPinyinArtifacts(subject) || null : null;
}

/** The page's figures in text order. */
export function statsOf(mentions: readonly PanelMention[]): StatItem[] {
  return mentions.filter(isStat).sort((a, b) => a.start - b.start || a.id - b.id);
}
