import type { StatItem, StatKind, OrgType } from './mentions';
import type { OrgGroup } from './organizations';

/** Lower-cased, width-folded (ＡＢＣ → abc) words of a filter query. */
export function queryWords(query: string): string[] {
  return query.normalize('NFKC').toLowerCase().split(/\s+/).filter((w) => w.length > 0);
}

/** True when every word of the query occurs in one of the fields. An empty query matches all. */
export function matchesWords(words: readonly string[], fields: readonly (string | null | undefined)[]): boolean {
  if (words.length === 0) return true;
  const haystack = fields
    .filter((f): f is string => typeof f === 'string' && f.length > 0)
    .join('\n')
    .normalize('NFKC')
    .toLowerCase();
  return words.every((w) => haystack.includes(w));
}

/** Figures whose text, subject, unit or kind (its id or its label in the panel language) match. */
export function filterStats(stats: readonly StatItem[], query: string, kindLabel: (kind: StatKind) => string): StatItem[] {
  const words = queryWords(query);
  if (words.length === 0) return [...stats];
  return stats.filter((s) =>
    matchesWords(words, [s.text, s.shown, s.subject, s.subjectShown, s.unit, s.approx, s.kind, kindLabel(s.kind)]),
  );
}

/**
 * Organizations whose names (full, English, other forms, parent) or type match. The key is folded
 * to Simplified by the extractor, so a Simplified query also finds names on Traditional pages.
 */
export function filterOrganizations(groups: readonly OrgGroup[], query: string, typeLabel: (type: OrgType) => string): OrgGroup[] {
  const words = queryWords(query);
  if (words.length === 0) return [...groups];
  return groups.filter((g) =>
    matchesWords(words, [g.canonical, g.displayName, g.key, g.english, g.parent, ...g.otherNames, g.orgType, typeLabel(g.orgType)]),
  );
}
