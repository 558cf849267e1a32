import type { PanelLanguage } from '@/lib/i18n/messages';
import { formatValueWithUnit } from './format-number';
import { subjectOf, type StatItem } from './mentions';
import type { OrgGroup } from './organizations';

/** What "copy" puts on the clipboard for a figure: `136 家 · 企业 (136余家)`. */
export function figureCopyText(stat: StatItem, lang: PanelLanguage): string {
  const parts = [formatValueWithUnit(stat.value, stat.unit, lang)];
  const subject = subjectOf(stat);
  if (subject) parts.push(subject);
  const written = stat.shown || stat.text;
  return `${parts.join(' · ')} (${written})`;
}

/** What "copy" puts on the clipboard for an organization: `宁波市公安局 (Ningbo Municipal Public Security Bureau)`. */
export function organizationCopyText(group: OrgGroup): string {
  return group.english ? `${group.displayName} (${group.english})` : group.displayName;
}
