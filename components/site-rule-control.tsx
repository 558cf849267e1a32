import type { Translate } from '@/lib/i18n/translate';
import { SITE_RULE_KEYS } from '@/lib/panel/labels';
import type { SiteRule } from '@/lib/settings/types';

export interface SiteRuleControlProps {
  host: string;
  rule: SiteRule;
  t: Translate;
  onRule(rule: SiteRule): void;
}

/** The rule for the page's site: convert always, never, or as the default says. */
export function SiteRuleControl({ host, rule, t, onRule }: SiteRuleControlProps) {
  const id = 'zhc-site-rule';
  return (
    <div class="zhc-field">
      <label for={id}>{t('siteRuleLabel', { host })}</label>
      <select id={id} value={rule} onChange={(e) => onRule(e.currentTarget.value as SiteRule)}>
        {(['default', 'always', 'never'] as const).map((r) => (
          <option key={r} value={r}>
            {t(SITE_RULE_KEYS[r])}
          </option>
        ))}
      </select>
    </div>
  );
}
