import { useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n/translate';
import { SITE_RULE_KEYS } from '@/lib/panel/labels';
import type { SiteRule } from '@/lib/settings/types';

export interface SiteRulesEditorProps {
  rules: Readonly<Record<string, SiteRule>>;
  t: Translate;
  onChange(rules: Record<string, SiteRule>): void;
}

const HOST = /^[a-z0-9.-]+(:\d+)?$/i;
const CHOICES: readonly SiteRule[] = ['always', 'never'];

/** The per-site rules as a list: change a rule, remove it, or add one by host name. */
export function SiteRulesEditor({ rules, t, onChange }: SiteRulesEditorProps) {
  const [host, setHost] = useState('');
  const [rule, setRule] = useState<SiteRule>('always');
  const [error, setError] = useState(false);
  const hosts = Object.keys(rules).sort();

  const update = (key: string, value: SiteRule | null) => {
    const next = { ...rules };
    if (value === null || value === 'default') delete next[key];
    else next[key] = value;
    onChange(next);
  };

  const add = (e: Event) => {
    e.preventDefault();
    const h = host.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '');
    if (!HOST.test(h)) {
      setError(true);
      return;
    }
    setError(false);
    setHost('');
    update(h, rule);
  };

  return (
    <section class="zhc-section" aria-labelledby="zhc-rules-heading">
      <h2 id="zhc-rules-heading">{t('siteRulesHeading')}</h2>
      {hosts.length === 0 ? (
        <p class="zhc-muted">{t('siteRulesEmpty')}</p>
      ) : (
        <ul class="zhc-list zhc-rules">
          {hosts.map((h) => (
            <li key={h} class="zhc-rule">
              <span class="zhc-rule-host">{h}</span>
              <select aria-label={t('siteRuleRule', { host: h })} value={rules[h]} onChange={(e) => update(h, e.currentTarget.value as SiteRule)}>
                {CHOICES.map((r) => (
                  <option key={r} value={r}>
                    {t(SITE_RULE_KEYS[r])}
                  </option>
                ))}
              </select>
              <button type="button" class="zhc-button" aria-label={t('siteRuleRemove', { host: h })} onClick={() => update(h, null)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="zhc-rule-add" onSubmit={add}>
        <label class="zhc-field-inline">
          <span>{t('siteRuleHost')}</span>
          <input
            type="text"
            value={host}
            spellcheck={false}
            autocomplete="off"
            aria-invalid={error}
            aria-describedby={error ? 'zhc-rule-error' : undefined}
            onInput={(e) => setHost(e.currentTarget.value)}
          />
        </label>
        <select aria-label={t('siteRuleRule', { host: host || '…' })} value={rule} onChange={(e) => setRule(e.currentTarget.value as SiteRule)}>
          {CHOICES.map((r) => (
            <option key={r} value={r}>
              {t(SITE_RULE_KEYS[r])}
            </option>
          ))}
        </select>
        <button type="submit" class="zhc-button">
          {t('siteRuleAdd')}
        </button>
        {error && (
          <p id="zhc-rule-error" class="zhc-error" role="alert">
            {t('siteRuleBadHost')}
          </p>
        )}
      </form>
    </section>
  );
}
