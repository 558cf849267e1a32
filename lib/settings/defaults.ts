import type { Settings } from './types';

/** Every setting's fallback, in a module of its own: readers that need no storage library import this. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  preferredTarget: null,
  phraseLocalization: false,
  hidePinyinArtifacts: true,
  autoConvertNews: true,
  siteRules: {},
  protectedTerms: [],
  uiLanguage: 'auto',
  theme: 'auto',
});

/** Where the settings live in `storage.local` (WXT's `local:settings` item). */
export const SETTINGS_KEY = 'settings';
