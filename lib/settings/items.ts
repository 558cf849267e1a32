import { storage } from 'wxt/utils/storage';
import type { Settings } from './types';
import { migrateSettingsV1 } from './migrate';

/**
 * Every setting declared once, with its fallback and a version for future migrations.
 * `sync:` so preferences follow the reader across browsers where sync is on; rules are small.
 */
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

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  // Bump with a migration whenever the stored shape changes; WXT runs them in order on first read.
  version: 2,
  migrations: {
    2: migrateSettingsV1,
  },
});

/** Reads settings, filling in fields added since the stored copy was written. */
export async function getSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange({ ...DEFAULT_SETTINGS, ...value }));
}
