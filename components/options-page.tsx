import { useEffect, useState } from 'preact/hooks';
import type { Target } from '@/lib/convert/types';
import type { MessageKey } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import { MAX_SETTINGS_FILE_BYTES } from '@/lib/panel/options-state';
import { normalizeTerms } from '@/lib/settings/validate';
import type { Settings, Theme, UiLanguage } from '@/lib/settings/types';
import { LiveNotice } from './live-notice';
import { SettingsTransfer } from './settings-transfer';
import { SiteRulesEditor } from './site-rules-editor';

export interface OptionsPageProps {
  settings: Settings;
  loaded: boolean;
  notice: { id: number; key: MessageKey; params?: Record<string, string | number>; tone: 'info' | 'error' } | null;
  t: Translate;
  onChange(patch: Partial<Settings>): void;
  onExport(): void;
  onImport(text: string): void;
  onImportTooLarge(): void;
}

const TARGET_CHOICES: readonly { value: Target; label: MessageKey; title: MessageKey }[] = [
  { value: 'cn', label: 'targetCn', title: 'targetCnTitle' },
  { value: 't', label: 'targetT', title: 'targetTTitle' },
  { value: 'tw', label: 'targetTw', title: 'targetTwTitle' },
  { value: 'hk', label: 'targetHk', title: 'targetHkTitle' },
];

/** Languages named in their own language, as language pickers do. */
const LANGUAGE_NAMES: Record<Exclude<UiLanguage, 'auto'>, string> = { en: 'English', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文' };
const THEME_KEYS: Record<Theme, MessageKey> = { auto: 'themeAuto', light: 'themeLight', dark: 'themeDark' };

/** The options page: preferences, site rules, protected terms, backup, and the privacy statement. */
export function OptionsPage({ settings, loaded, notice, t, onChange, onExport, onImport, onImportTooLarge }: OptionsPageProps) {
  const [terms, setTerms] = useState(settings.protectedTerms.join('\n'));
  useEffect(() => setTerms(settings.protectedTerms.join('\n')), [settings.protectedTerms]);
  const preferred = settings.preferredTarget === 'twp' ? 'tw' : settings.preferredTarget;

  return (
    <main class="zhc-options">
      <h1>{t('optionsTitle')}</h1>
      {loaded && settings.preferredTarget === null && (
        <p class="zhc-message zhc-welcome" role="note">
          {t('welcome')}
        </p>
      )}

      <section class="zhc-section" aria-labelledby="zhc-script-heading">
        <h2 id="zhc-script-heading">{t('preferredLabel')}</h2>
        <fieldset class="zhc-choices">
          <legend class="zhc-visually-hidden">{t('preferredLabel')}</legend>
          {TARGET_CHOICES.map((c) => (
            <label key={c.value} class="zhc-check" title={t(c.title)}>
              <input
                type="radio"
                name="zhc-preferred"
                value={c.value}
                checked={preferred === c.value}
                onChange={() => onChange({ preferredTarget: c.value })}
              />
              <span lang={c.value === 'cn' ? 'zh-Hans' : 'zh-Hant'}>{t(c.label)}</span>
              <span class="zhc-muted">{t(c.title)}</span>
            </label>
          ))}
        </fieldset>
        {settings.preferredTarget === null && <p class="zhc-muted">{t('preferredNone')}</p>}
        <p class="zhc-muted">{t('preferredHelp')}</p>
        <div class="zhc-stack">
          <label class="zhc-check">
            <input type="checkbox" checked={settings.phraseLocalization} onChange={(e) => onChange({ phraseLocalization: e.currentTarget.checked })} />
            {t('phrasesOption')}
          </label>
          <label class="zhc-check">
            <input type="checkbox" checked={settings.hidePinyinArtifacts} onChange={(e) => onChange({ hidePinyinArtifacts: e.currentTarget.checked })} />
            {t('hidePinyinOption')}
          </label>
          <label class="zhc-check">
            <input type="checkbox" checked={settings.autoConvertNews} onChange={(e) => onChange({ autoConvertNews: e.currentTarget.checked })} />
            {t('autoConvertOption')}
          </label>
        </div>
      </section>

      <SiteRulesEditor rules={settings.siteRules} t={t} onChange={(siteRules) => onChange({ siteRules })} />

      <section class="zhc-section" aria-labelledby="zhc-terms-heading">
        <h2 id="zhc-terms-heading">{t('protectedHeading')}</h2>
        <p id="zhc-terms-help" class="zhc-muted">
          {t('protectedHelp')}
        </p>
        <textarea
          aria-labelledby="zhc-terms-heading"
          aria-describedby="zhc-terms-help"
          rows={5}
          lang="zh"
          value={terms}
          onInput={(e) => setTerms(e.currentTarget.value)}
        />
        <div>
          <button type="button" class="zhc-button" onClick={() => onChange({ protectedTerms: normalizeTerms(terms.split(/\r?\n/)) })}>
            {t('protectedSave')}
          </button>
        </div>
      </section>

      <section class="zhc-section zhc-stack" aria-labelledby="zhc-look-heading">
        <h2 id="zhc-look-heading" class="zhc-visually-hidden">
          {t('uiLanguageLabel')} / {t('themeLabel')}
        </h2>
        <label class="zhc-field-inline">
          <span>{t('uiLanguageLabel')}</span>
          <select value={settings.uiLanguage} onChange={(e) => onChange({ uiLanguage: e.currentTarget.value as UiLanguage })}>
            <option value="auto">{t('uiLanguageAuto')}</option>
            {(Object.keys(LANGUAGE_NAMES) as (keyof typeof LANGUAGE_NAMES)[]).map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <label class="zhc-field-inline">
          <span>{t('themeLabel')}</span>
          <select value={settings.theme} onChange={(e) => onChange({ theme: e.currentTarget.value as Theme })}>
            {(Object.keys(THEME_KEYS) as Theme[]).map((th) => (
              <option key={th} value={th}>
                {t(THEME_KEYS[th])}
              </option>
            ))}
          </select>
        </label>
      </section>

      <SettingsTransfer t={t} onExport={onExport} onImport={onImport} maxBytes={MAX_SETTINGS_FILE_BYTES} onTooLarge={onImportTooLarge} />

      <section class="zhc-section" aria-labelledby="zhc-privacy-heading">
        <h2 id="zhc-privacy-heading">{t('privacyHeading')}</h2>
        <p>{t('privacy')}</p>
      </section>
      <LiveNotice notice={notice} t={t} />
    </main>
  );
}
