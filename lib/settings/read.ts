import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from './defaults';
import { migrateSettingsV1 } from './migrate';
import type { Settings } from './types';

/**
 * Settings for the content script, read straight from `storage.local`: the same stored item as
 * items.ts, without WXT's storage library, whose item definition reads storage and takes a lock
 * as soon as it is evaluated. The content script runs on every page; this costs nothing until a
 * page asks for settings. The background owns migrations (WXT runs them on its first read); a copy
 * not migrated yet is normalised the same way here (the migration is idempotent).
 */
function normalise(stored: unknown): Settings {
  return { ...DEFAULT_SETTINGS, ...migrateSettingsV1(stored) } as Settings;
}

export async function readSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return normalise(got[SETTINGS_KEY]);
}

/** Calls `onChange` with the new settings whenever they are written; returns the remover. */
export function watchStoredSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    onChange(normalise(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
