import type { UiLanguage } from '@/lib/settings/types';
import type { PanelLanguage } from './messages';

/**
 * The panel language: the reader's setting, else the first browser language we have
 * (zh-TW, zh-HK, zh-MO and zh-Hant-* read Traditional; other zh-* Simplified), else English.
 */
export function resolveLanguage(setting: UiLanguage, browserLanguages: readonly string[]): PanelLanguage {
  if (setting !== 'auto') return setting;
  for (const raw of browserLanguages) {
    const lang = raw.toLowerCase();
    if (/^zh(-|$)/.test(lang)) {
      return /^zh-(hant|tw|hk|mo)\b/.test(lang) ? 'zh-Hant' : 'zh-Hans';
    }
    if (/^en(-|$)/.test(lang)) return 'en';
  }
  return 'en';
}

/** The BCP 47 locale used for number and date formatting in a panel language. */
export function localeOf(lang: PanelLanguage): string {
  return lang === 'zh-Hans' ? 'zh-CN' : lang === 'zh-Hant' ? 'zh-TW' : 'en';
}
