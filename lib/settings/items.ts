import { storage } from 'wxt/utils/storage';
import type { Settings } from './types';
import { migrateSettingsV1 } from './migrate';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from './defaults';

export { DEFAULT_SETTINGS };

/** Every setting declared once, with its fallback and a version for future migrations. */
export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
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
