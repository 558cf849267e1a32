import type { Target } from '@/lib/convert/types';

/** What the reader wants a site to do when a page of it loads. */
export type SiteRule = 'always' | 'never' | 'default';

export type UiLanguage = 'auto' | 'zh-Hans' | 'zh-Hant' | 'en';
export type Theme = 'auto' | 'light' | 'dark';

/** Every preference the extension keeps, in one typed shape (used by export/import too). */
export interface Settings {
  /** The reader's preferred script; null until they pick one (nothing converts by itself before). */
  preferredTarget: Target | null;
  /** Taiwan phrase localisation (软件→軟體) when converting to Taiwan Traditional. Off by default. */
  phraseLocalization: boolean;
  /** Hide pinyin-annotation artifacts such as 網(wǎng) while reading. On by default. */
  hidePinyinArtifacts: boolean;
  /** Auto mode: convert detected government and press pages to `preferredTarget`. */
  autoConvertNews: boolean;
  /** Per-site rules keyed by host name. */
  siteRules: Record<string, SiteRule>;
  /** Terms never localised by phrase conversion (character conversion still applies). */
  protectedTerms: string[];
  uiLanguage: UiLanguage;
  theme: Theme;
}

export const TARGETS: readonly Target[] = ['cn', 't', 'tw', 'twp', 'hk'];
export const SITE_RULES: readonly SiteRule[] = ['always', 'never', 'default'];
export const UI_LANGUAGES: readonly UiLanguage[] = ['auto', 'zh-Hans', 'zh-Hant', 'en'];
export const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];
