import type { MessageKey } from '@/lib/i18n/messages';
import type { PageKind } from '@/lib/detect/types';
import type { PageScript } from '@/lib/messaging/report';
import type { SiteRule } from '@/lib/settings/types';
import type { OrgType, StatKind } from './mentions';

/** Message keys for the values the panel names; one place, so the i18n test covers them all. */
export const PAGE_KIND_KEYS: Readonly<Record<PageKind, MessageKey>> = {
  government: 'kindGovernment',
  press: 'kindPress',
  other: 'kindOther',
};

export const PAGE_SCRIPT_KEYS: Readonly<Record<PageScript, MessageKey>> = {
  simplified: 'scriptSimplified',
  traditional: 'scriptTraditional',
  mixed: 'scriptMixed',
  none: 'scriptNone',
};

export const STAT_KIND_KEYS: Readonly<Record<StatKind, MessageKey>> = {
  count: 'statKind.count',
  percent: 'statKind.percent',
  money: 'statKind.money',
  duration: 'statKind.duration',
  measure: 'statKind.measure',
};

export const ORG_TYPE_KEYS: Readonly<Record<OrgType, MessageKey>> = {
  police: 'orgType.police',
  party: 'orgType.party',
  government: 'orgType.government',
  court: 'orgType.court',
  company: 'orgType.company',
  school: 'orgType.school',
  media: 'orgType.media',
  association: 'orgType.association',
  other: 'orgType.other',
};

export const SITE_RULE_KEYS: Readonly<Record<SiteRule, MessageKey>> = {
  default: 'siteRuleDefault',
  always: 'siteRuleAlways',
  never: 'siteRuleNever',
};
