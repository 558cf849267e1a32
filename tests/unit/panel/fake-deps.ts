import { vi } from 'vitest';
import type { Target } from '@/lib/convert/types';
import type { ConversionState, PageReport } from '@/lib/messaging/report';
import { DEFAULT_SETTINGS } from '@/lib/settings/items';
import type { Settings } from '@/lib/settings/types';
import type { PanelDeps } from '@/lib/panel/state';

/** A fake extension for the panel state: tabs, reports and settings held in memory. */
export function createFakeDeps(init: { fixedTabId?: number | null; activeTabId?: number | null; reports?: Record<number, PageReport>; urls?: Record<number, string | null> } = {}) {
  const reports = new Map<number, PageReport>(Object.entries(init.reports ?? {}).map(([k, v]) => [Number(k), v]));
  const urls = new Map<number, string | null>(Object.entries(init.urls ?? {}).map(([k, v]) => [Number(k), v]));
  let settings: Settings = { ...DEFAULT_SETTINGS, siteRules: {}, protectedTerms: [] };
  const activeListeners: ((tabId: number) => void)[] = [];
  const loadListeners: ((tabId: number) => void)[] = [];
  const reportListeners: ((tabId: number, report: PageReport) => void)[] = [];
  const settingsListeners: ((s: Settings) => void)[] = [];
  const keep = <T,>(list: T[], item: T, signal: AbortSignal) => {
    list.push(item);
    signal.addEventListener('abort', () => list.splice(list.indexOf(item), 1));
  };

  const deps = {
    fixedTabId: init.fixedTabId ?? null,
    activeTabId: vi.fn(async () => init.activeTabId ?? null),
    watchActiveTab: (cb: (tabId: number) => void, signal: AbortSignal) => keep(activeListeners, cb, signal),
    watchTabLoads: (cb: (tabId: number) => void, signal: AbortSignal) => keep(loadListeners, cb, signal),
    tabUrl: vi.fn(async (tabId: number) => (urls.has(tabId) ? urls.get(tabId)! : null)),
    getTabReport: vi.fn(async (tabId: number) => reports.get(tabId) ?? null),
    setTabTarget: vi.fn(async (tabId: number, target: Target | null): Promise<ConversionState | null> => {
      const r = reports.get(tabId);
      if (!r) return null;
      return { ...r.conversion, target };
    }),
    setTabHighlights: vi.fn(async (_tabId: number, on: boolean) => on),
    revealInTab: vi.fn(async (tabId: number, mentionId: number, _flash: boolean) => (reports.get(tabId)?.mentions.length ?? 0) > mentionId),
    watchReports: (cb: (tabId: number, report: PageReport) => void, signal: AbortSignal) => keep(reportListeners, cb, signal),
    getSettings: vi.fn(async () => settings),
    updateSettings: vi.fn(async (patch: Partial<Settings>) => {
      settings = { ...settings, ...patch };
      for (const l of [...settingsListeners]) l(settings);
      return settings;
    }),
    watchSettings: (cb: (s: Settings) => void, signal: AbortSignal) => keep(settingsListeners, cb, signal),
    copyText: vi.fn(async (_text: string) => undefined),
    download: vi.fn((_name: string, _mime: string, _text: string) => undefined),
    openOptions: vi.fn(async () => undefined),
    now: () => new Date(2026, 10, 22, 9, 0, 0),
  } satisfies PanelDeps;

  return {
    deps,
    reports,
    urls,
    activate: (tabId: number) => activeListeners.forEach((l) => l(tabId)),
    load: (tabId: number) => loadListeners.forEach((l) => l(tabId)),
    broadcast: (tabId: number, report: PageReport) => reportListeners.forEach((l) => l(tabId, report)),
    listenerCount: () => activeListeners.length + loadListeners.length + reportListeners.length + settingsListeners.length,
    setSettings(next: Partial<Settings>) {
      settings = { ...settings, ...next };
    },
  };
}

/** Lets pending promise callbacks run. */
export const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
