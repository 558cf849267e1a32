import type { MessageKey } from '@/lib/i18n/messages';
import type { MessageParams } from '@/lib/i18n/translate';
import { DEFAULT_SETTINGS } from '@/lib/settings/items';
import type { Settings } from '@/lib/settings/types';
import { formatSettingsExport, parseSettingsExport } from '@/lib/settings/validate';
import { NOTICE_MS } from './notice';

export interface OptionsDeps {
  getSettings(): Promise<Settings>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void;
  download(fileName: string, mime: string, text: string): void;
  now(): Date;
}

export interface OptionsNotice {
  id: number;
  key: MessageKey;
  params?: MessageParams;
  tone: 'info' | 'error';
}

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
  let snapshot: OptionsSnapshot = { settings: { ...DEFAULT_SETTINGS }, loaded: false, notice: null };
  const listeners = new Set<() => void>();
  let noticeId = 0;
  let stopped = false;

  function set(patch: Partial<OptionsSnapshot>): void {
    if (stopped) return;
    snapshot = { ...snapshot, ...patch };
    for (const listener of [...listeners]) listener();
  }

  let noticeTimer: ReturnType<typeof setTimeout> | undefined;

  /** Confirmations fade after a few seconds (they were announced); errors stay until the next notice. */
  function notify(key: MessageKey, tone: OptionsNotice['tone'] = 'info', params?: MessageParams): void {
    const id = ++noticeId;
    set({ notice: { id, key, tone, ...(params ? { params } : {}) } });
    clearTimeout(noticeTimer);
    if (tone === 'info') {
      noticeTimer = setTimeout(() => {
        if (snapshot.notice?.id === id) set({ notice: null });
      }, NOTICE_MS);
    }
  }

  return {
    get: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async start(signal) {
      // A state can be started again after an abort (the root component mounted anew).
      stopped = false;
      signal.addEventListener('abort', () => {
        clearTimeout(noticeTimer);
        stopped = true;
        listeners.clear();
      });
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
      deps.download(`zh-security-reader-settings-${date}.json`, 'application/json', formatSettingsExport(snapshot.settings));
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
