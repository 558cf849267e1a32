import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import type { Settings } from '@/lib/settings/types';
import { formatSettingsExport, parseSettingsExport } from '@/lib/settings/validate';
import { createStore, type Notice } from './store';

export interface OptionsDeps {
  getSettings(): Promise<Settings>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void;
  download(fileName: string, mime: string, text: string): void;
  now(): Date;
}

/** Kept as a name of its own for existing importers; the shape lives in ./store. */
export type OptionsNotice = Notice;

export interface OptionsSnapshot {
  settings: Settings;
  loaded: boolean;
  notice: OptionsNotice | null;
}

export interface OptionsState {
  get(): OptionsSnapshot;
  subscribe(listener: () => void): () => void;
  start(signal: AbortSignal): Promise<void>;
  update(patch: Partial<Settings>): Promise<void>;
  exportSettings(): void;
  /** Applies an exported settings file, or refuses it whole with the validator's message. */
  importSettings(text: string): Promise<boolean>;
  /** Refuses a file without reading it (too large to be a settings file). */
  refuseImport(reason: string): void;
}

/** Settings files are a few kilobytes; anything far larger is the wrong file and is not read. */
export const MAX_SETTINGS_FILE_BYTES = 1_000_000;

export function createOptionsState(deps: OptionsDeps): OptionsState {
  const store = createStore<OptionsSnapshot>({ settings: { ...DEFAULT_SETTINGS }, loaded: false, notice: null });
  const { set, notify } = store;

  return {
    get: store.get,
    subscribe: store.subscribe,
    async start(signal) {
      store.start(signal);
      deps.watchSettings((settings) => set({ settings, loaded: true }), signal);
      const settings = await deps.getSettings();
      set({ settings, loaded: true });
    },
    async update(patch) {
      const settings = await deps.updateSettings(patch).catch(() => null);
      if (settings) {
        set({ settings });
        notify('saved');
      } else {
        notify('actionFailed', 'error');
      }
    },
    exportSettings() {
      const d = deps.now();
      const pad = (n: number) => String(n).padStart(2, '0');
      const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
      deps.download(`zh-security-reader-settings-${date}.json`, 'application/json', formatSettingsExport(store.get().settings));
    },
    refuseImport(reason) {
      notify('importRefused', 'error', { error: reason });
    },
    async importSettings(text) {
      const result = parseSettingsExport(text);
      if (!result.ok) {
        notify('importRefused', 'error', { error: result.error });
        return false;
      }
      const settings = await deps.updateSettings(result.settings).catch(() => null);
      if (!settings) {
        notify('actionFailed', 'error');
        return false;
      }
      set({ settings });
      notify('importDone');
      return true;
    },
  };
}
