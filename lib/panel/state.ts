import type { Target } from '@/lib/convert/types';
import type { ConversionState, PageReport } from '@/lib/messaging/report';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import type { Settings, SiteRule } from '@/lib/settings/types';
import { citationOf } from './citation';
import { summaryFileName } from './download';
import { toCsv, toJson, toMarkdown } from './export';
import { siteHostOf } from '@/lib/settings/site-rule';
import { isRestrictedUrl } from './host';
import { createStore, type Notice } from './store';

export type ExportFormat = 'markdown' | 'csv' | 'json';

/**
 * Everything the panel needs from the extension, injected so the state can be tested with fakes.
 * `watch*` functions stop calling back when `signal` aborts.
 */
export interface PanelDeps {
  /** The tab named by `?tabId=` (Firefox e2e opens the panel as a page); null follows the active tab. */
  fixedTabId: number | null;
  activeTabId(): Promise<number | null>;
  /** The active tab of the panel's window changed. */
  watchActiveTab(onChange: (tabId: number) => void, signal: AbortSignal): void;
  /** A tab finished loading or changed its URL. */
  watchTabLoads(onLoad: (tabId: number) => void, signal: AbortSignal): void;
  /** The tab's URL when the extension may know it (null when hidden from it). */
  tabUrl(tabId: number): Promise<string | null>;
  getTabReport(tabId: number): Promise<PageReport | null>;
  setTabTarget(tabId: number, target: Target | null): Promise<ConversionState | null>;
  setTabHighlights(tabId: number, on: boolean): Promise<boolean>;
  revealInTab(tabId: number, mentionId: number, flash: boolean): Promise<boolean>;
  /** `reportChanged` broadcasts from the background. */
  watchReports(onReport: (tabId: number, report: PageReport) => void, signal: AbortSignal): void;
  getSettings(): Promise<Settings>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): void;
  copyText(text: string): Promise<void>;
  download(fileName: string, mime: string, text: string): void;
  openOptions(): Promise<void>;
  now(): Date;
}

/**
 * `loading`: waiting for the first answer about the tab. `no-tab`: nothing to bind to.
 * `unavailable`: no report (content script cannot run, or has not reported yet). `ready`: a report.
 */
export type PanelStatus = 'loading' | 'no-tab' | 'unavailable' | 'ready';

export type UnavailableReason = 'restricted' | 'no-report' | 'unknown';

/** A short message for the live region; `id` changes with every notice so it is announced again. */
/** Kept as a name of its own for existing importers; the shape lives in ./store. */
export type PanelNotice = Notice;

export interface PanelSnapshot {
  status: PanelStatus;
  tabId: number | null;
  report: PageReport | null;
  /**
   * With status `unavailable`, why: `restricted` (a browser or store page, content scripts never
   * run), `no-report` (a web page that has not reported: still loading, or open since before the
   * extension was installed), `unknown` (the tab's URL is hidden from us, as without the tabs
   * permission).
   */
  unavailable: UnavailableReason | null;
  settings: Settings;
  /** Host the site rule applies to, from the report's URL. */
  host: string | null;
  /** A conversion request is in flight. */
  converting: boolean;
  notice: PanelNotice | null;
}

export interface PanelActions {
  setTarget(target: Target | null): Promise<void>;
  setHighlights(on: boolean): Promise<void>;
  reveal(mentionId: number): Promise<void>;
  setSiteRule(rule: SiteRule): Promise<void>;
  setPhrases(on: boolean): Promise<void>;
  copy(text: string): Promise<void>;
  exportSummary(format: ExportFormat): void;
  openOptions(): void;
}

export interface PanelState extends PanelActions {
  get(): PanelSnapshot;
  subscribe(listener: () => void): () => void;
  /** Loads settings, binds to the tab and starts following it until `signal` aborts. */
  start(signal: AbortSignal): Promise<void>;
}

const EXPORTS: Record<ExportFormat, { ext: string; mime: string; build: typeof toMarkdown }> = {
  markdown: { ext: 'md', mime: 'text/markdown', build: toMarkdown },
  csv: { ext: 'csv', mime: 'text/csv', build: toCsv },
  json: { ext: 'json', mime: 'application/json', build: toJson },
};

/** Same page, ignoring the fragment (in-page anchors do not make a new page). */
function sameDocument(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}

export function createPanelState(deps: PanelDeps): PanelState {
  const store = createStore<PanelSnapshot>({
    status: 'loading',
    tabId: null,
    report: null,
    unavailable: null,
    settings: { ...DEFAULT_SETTINGS },
    host: null,
    converting: false,
    notice: null,
  });
  let bindSeq = 0;
  const { set, notify } = store;

  /** Takes a report unless it is older than the one shown for the same page (or `fresh`: asked for just now). */
  function accept(report: PageReport, fresh = false): void {
    const current = store.get().report;
    if (!fresh && current && current.session === report.session && report.revision < current.revision) return;
    set({ report, status: 'ready', unavailable: null, host: siteHostOf(report.url) });
  }

  async function bind(tabId: number | null): Promise<void> {
    const seq = ++bindSeq;
    if (tabId === null) {
      set({ status: 'no-tab', tabId: null, report: null, host: null, unavailable: null });
      return;
    }
    if (tabId !== store.get().tabId) set({ status: 'loading', tabId, report: null, host: null, unavailable: null });
    const before = store.get().report;
    const [report, url] = await Promise.all([
      deps.getTabReport(tabId).catch(() => null),
      deps.tabUrl(tabId).catch(() => null),
    ]);
    if (seq !== bindSeq) return;
    // A report broadcast while we asked is the freshest there is: keep it.
    if (store.get().report !== before) return;
    // The background keeps a tab's last report until a new page reports; when the tab has moved
    // on (to a browser page, or a page still loading) that report describes a page no longer there.
    if (report && (url === null || sameDocument(url, report.url))) {
      accept(report, true);
      return;
    }
    const unavailable: UnavailableReason = url === null ? 'unknown' : isRestrictedUrl(url) ? 'restricted' : 'no-report';
    set({ status: 'unavailable', report: null, unavailable, host: url ? siteHostOf(url) : null });
  }

  async function setTarget(target: Target | null): Promise<void> {
    const { tabId, report } = store.get();
    if (tabId === null) return;
    set({ converting: true });
    const state = await deps.setTabTarget(tabId, target).catch(() => null);
    set({ converting: false });
    if (state === null) {
      notify('actionFailed', 'error');
      return;
    }
    // Shown at once; the report that follows the conversion replaces it.
    const now = store.get();
    if (now.tabId === tabId && now.report && now.report === report) {
      set({ report: { ...now.report, conversion: state } });
    }
  }

  return {
    get: store.get,
    subscribe: store.subscribe,

    async start(signal) {
      store.start(signal);
      deps.watchSettings((settings) => set({ settings }), signal);
      deps.watchReports((tabId, report) => {
        if (tabId !== store.get().tabId) return;
        accept(report);
        // Pages extract their summary when asked: the panel shown is the asking.
        if (!report.extracted) void deps.getTabReport(tabId).then((full) => full && tabId === store.get().tabId && accept(full)).catch(() => undefined);
      }, signal);
      deps.watchTabLoads((tabId) => {
        if (tabId === store.get().tabId) void bind(tabId);
      }, signal);
      if (deps.fixedTabId === null) deps.watchActiveTab((tabId) => void bind(tabId), signal);
      const settings = await deps.getSettings().catch(() => null);
      if (settings) set({ settings });
      const tabId = deps.fixedTabId ?? (await deps.activeTabId().catch(() => null));
      await bind(tabId);
    },

    setTarget,

    async setHighlights(on) {
      const { tabId, report } = store.get();
      if (tabId === null || !report) return;
      const result = await deps.setTabHighlights(tabId, on).catch(() => null);
      if (result === null) {
        notify('actionFailed', 'error');
        return;
      }
      const now = store.get();
      if (now.tabId === tabId && now.report) set({ report: { ...now.report, highlights: result } });
    },

    async reveal(mentionId) {
      const { tabId } = store.get();
      if (tabId === null) return;
      const ok = await deps.revealInTab(tabId, mentionId, true).catch(() => false);
      if (!ok) notify('revealFailed', 'error');
    },

    async setSiteRule(rule) {
      const { host, report } = store.get();
      if (host === null) return;
      const siteRules = { ...store.get().settings.siteRules };
      if (rule === 'default') delete siteRules[host];
      else siteRules[host] = rule;
      const settings = await deps.updateSettings({ siteRules }).catch(() => null);
      if (!settings) {
        notify('actionFailed', 'error');
        return;
      }
      set({ settings });
      // The rule also applies to the page in front of the reader, not only to the next load.
      const current = report?.conversion.target ?? null;
      if (rule === 'never' && current !== null) await setTarget(null);
      if (rule === 'always' && current === null && settings.preferredTarget !== null) await setTarget(settings.preferredTarget);
    },

    async setPhrases(on) {
      // The content script follows the setting and converts again when the page shows Taiwan script.
      const settings = await deps.updateSettings({ phraseLocalization: on }).catch(() => null);
      if (settings) set({ settings });
      else notify('actionFailed', 'error');
    },

    async copy(text) {
      try {
        await deps.copyText(text);
        notify('copied');
      } catch {
        notify('copyFailed', 'error');
      }
    },

    exportSummary(format) {
      const { report } = store.get();
      if (!report) return;
      const accessed = deps.now();
      const spec = EXPORTS[format];
      const fileName = summaryFileName(report.url, citationOf(report, accessed).accessed, spec.ext);
      deps.download(fileName, spec.mime, spec.build(report, { accessed }));
      notify('exported', 'info', { file: fileName });
    },

    openOptions() {
      deps.openOptions().catch(() => notify('actionFailed', 'error'));
    },
  };
}
