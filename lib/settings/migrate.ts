import { SITE_RULES, type SiteRule } from './types';

/**
 * Version 1 → 2 of the stored settings. Version 1 copies were written before host names and
 * protected terms were normalised on the way in: site-rule hosts could carry capitals (rules are
 * looked up lowercased, so such a rule never applied), unknown rule values, and terms with spaces
 * or duplicates. Fields added since are filled in from the defaults when settings are read.
 */
export function migrateSettingsV1(stored: unknown): Record<string, unknown> {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  const out: Record<string, unknown> = { ...(stored as Record<string, unknown>) };
  const rules = out.siteRules;
  if (typeof rules === 'object' && rules !== null && !Array.isArray(rules)) {
    const next: Record<string, SiteRule> = {};
    for (const [host, rule] of Object.entries(rules)) {
      if (SITE_RULES.includes(rule as SiteRule)) next[host.trim().toLowerCase()] = rule as SiteRule;
    }
    out.siteRules = next;
  } else {
    delete out.siteRules;
  }
  const terms = out.protectedTerms;
  if (Array.isArray(terms)) {
    out.protectedTerms = [...new Set(terms.filter((t): t is string => typeof t === 'string').map((t) => t.trim()).filter(Boolean))];
  } else {
    delete out.protectedTerms;
  }
  return out;
}
