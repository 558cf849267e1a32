import { extract } from '@/lib/extract/index';
import type { OrgMention, StatMention } from '@/lib/extract/types';

export function stats(text: string): StatMention[] {
  return extract(text).filter((m): m is StatMention => m.type === 'STAT');
}

export function orgs(text: string): OrgMention[] {
  return extract(text).filter((m): m is OrgMention => m.type === 'ORG');
}

export function statTexts(text: string): string[] {
  return stats(text).map((m) => m.text);
}

export function orgTexts(text: string): string[] {
  return orgs(text).map((m) => m.text);
}
