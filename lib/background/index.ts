import { browser } from 'wxt/browser';
import type { Source, Target } from '@/lib/convert/types';
import { extract } from '@/lib/extract';
import { onMessage, sendMessage, type LoadedFrame, type PageVerdict } from '@/lib/messaging/protocol';
import { packMentions } from '@/lib/messaging/mention-chunks';
import { sessionlessReport, type ConversionState, type PageReport, type PageScript } from '@/lib/messaging/report';
import { getSettings, updateSettings, watchSettings } from '@/lib/settings/items';
import type { Settings } from '@/lib/settings/types';
import { siteHostOf } from '@/lib/settings/site-rule';
import { traditionalVariantOf } from '@/lib/content/sources';
import { preferredTraditional } from '@/lib/settings/preferred-traditional';
import { needsSessionAtLoad } from './arrival';
import { toolbarAction, updateBadge } from './badge';
import { writeClipboard } from './clipboard';
import { createBackgroundConverter } from './conversion';
import { detectCapture } from './detection';
import { servePagePort } from './page-port';
import { sendToFrame } from './send-to-frame';
import { createReportAssembler } from './report-assembly';
import { createTabStore } from './reports';

/** The test and benchmark entry: a global of the background only, never reachable from pages. */
export interface Automation {
  convertTab(tabId: number, target: Target): Promise<ConversionState | null>;
  restoreTab(tabId: number): Promise<ConversionState | null>;
  getPageReport(tabId: number): Promise<PageReport | null>;
  setHighlights(tabId: number, on: boolean): Promise<boolean>;
  revealMention(tabId: number, mentionId: number): Promise<boolean>;
  openPanelPage(tabId?: number): Promise<number | null>;
  /**
   * Tests: whether the tab's top frame listens for messages without being woken (a page without
   * Chinese text does not until it is asked something: lib/messaging/wake.ts).
   */
  listening(tabId: number): Promise<boolean>;
  /** The id of the tab showing `url` (tests and benchmarks find their page with it). */
  findTab(url: string): Promise<number | null>;
  /** Converts texts with the extension's own engine and dictionaries (differential tests). */
  convertTexts(texts: string[], from: Source, to: Target): Promise<string[]>;
  /** Changes settings as the options page would (demo screenshots, tests). */
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  /** The settings as stored (what a restarted or updated extension reads). */
  getSettings(): Promise<Settings>;
  /** The toolbar badge text of a tab ('' when none). */
  getBadge(tabId: number): Promise<string>;
  /** Tests: what the keyboard command and the page menu's toggle do; returns the tab's new state. */
  toggleTab(tabId: number): Promise<ConversionState | null>;
  /**
   * Tests: what the context-menu entry does for a selection (`selectionText` as the browser gives
   * it to the menu's click); returns what was copied.
   */
  copySelection(tabId: number, frameId: number, to: 'simplified' | 'traditional', selectionText: string): Promise<string | null>;
  /** Benchmarks: forget loaded dictionaries, so the next conversion pays the load again. */
  dropCaches(): Promise<void>;
  /**
   * Tests: reloads the extension as an update would (runtime.reload), shortly after answering so
   * the caller gets its reply. Open pages keep their content scripts, now orphaned.
   */
  reloadExtension(): Promise<boolean>;
  /** Benchmarks: extraction time of `text` in this (background) context, median of `runs`. */
  measureExtraction(text: string, runs: number): Promise<{ medianMs: number; mentions: number }>;
}

const MENU = { toggle: 'zhc-toggle', toSimplified: 'zhc-selection-cn', toTraditional: 'zhc-selection-tw' } as const;

export function startBackground(): void {
  const tabs = createTabStore();
  const converter = createBackgroundConverter();
  /** Tabs with a sub-frame that has Chinese text (such frames ask for their tab's target). */
  const framedTabs = new Set<number>();
  const convertTexts = converter.convertTexts;
  const assembler = createReportAssembler();
  /** A page's report, all its chunks in. */
  const askPage = async (tabId: number): Promise<PageReport> =>
    assembler.assemble(await sendToFrame('getPageReport', undefined, tabId));

  async function setTabTarget(tabId: number, target: Target | null): Promise<ConversionState | null> {
    tabs.setTarget(tabId, target);
    if (target !== null) converter.prefetchForPage(target, pageOf(tabs.get(tabId)));
    // Sub-frames with Chinese text follow without being waited for (only tabs that have such
    // frames pay for the broadcast); the top frame's answer says when the page is done.
    if (framedTabs.has(tabId)) sendMessage('convertFrame', { target }, tabId).catch(() => undefined);
    try {
      return await sendToFrame('convertPage', { target }, tabId);
    } catch {
      return null;
    }
  }

  async function toggleTab(tabId: number): Promise<ConversionState | null> {
    const report = tabs.get(tabId);
    const current = report?.conversion.target ?? tabs.target(tabId);
    if (current !== null) return setTabTarget(tabId, null);
    return setTabTarget(tabId, await toggleTarget(report));
  }

  /**
   * What a toggle converts a page to: "the other script", Simplified for Traditional pages, else the
   * reader's preferred Traditional variant (Taiwan until they choose).
   */
  async function toggleTarget(report: PageReport | null): Promise<Target> {
    const { preferredTarget } = await getSettings();
    if (report?.detection?.script === 'traditional') return 'cn';
    return preferredTraditional(preferredTarget);
  }

  function pageOf(report: PageReport | null): { url: string; script: PageScript | null } | null {
    return report ? { url: report.url, script: report.detection?.script ?? null } : null;
  }

  /** A Chinese page just loaded: have the dictionaries its toggle would use ready before it is asked for. */
  async function prefetchFor(report: PageReport): Promise<void> {
    converter.prefetchForPage(await toggleTarget(report), pageOf(report));
  }

  /**
   * A tab's report with its mentions. Pages report on their own only once they have something to
   * say (Chinese text, a conversion); the summary is extracted when someone asks for it: this asks.
   */
  async function fullReport(tabId: number): Promise<PageReport | null> {
    const stored = tabs.get(tabId);
    if (stored?.extracted) return stored;
    try {
      const report = await askPage(tabId);
      tabs.set(tabId, report);
      return tabs.get(tabId);
    } catch {
      // No content script there (a browser page, a page still loading): what we have, if anything.
      return stored;
    }
  }

  async function activeTabId(): Promise<number | null> {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  }

  async function openPanelPage(tabId?: number): Promise<number | null> {
    const path = tabId === undefined ? '/sidepanel.html' : `/sidepanel.html?tabId=${tabId}`;
    const tab = await browser.tabs.create({ url: browser.runtime.getURL(path as '/sidepanel.html') });
    return tab.id ?? null;
  }

  /** A top frame's report: kept, shown on the toolbar button, told to open panels. */
  function acceptReport(tabId: number, report: PageReport): void {
    const first = tabs.get(tabId)?.session !== report.session;
    if (!tabs.set(tabId, report)) return;
    if (first && report.hasChinese && report.conversion.target === null) void prefetchFor(report);
    void updateBadge(tabId, report).catch(() => undefined);
    sendMessage('reportChanged', { tabId, report }).catch(() => undefined);
  }

  /** Injects the session file into a frame; what the session starts with. */
  async function injectSession(tabId: number, frameId: number, settings?: Settings): Promise<LoadedFrame> {
    const [, current] = await Promise.all([
      browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/session.js'] }),
      settings ?? getSettings(),
    ]);
    if (frameId === 0) return { top: true, settings: current, target: null };
    // A sub-frame with Chinese text: the tab's conversions go to its frames from now on.
    framedTabs.add(tabId);
    return { top: false, settings: current, target: tabs.target(tabId) };
  }

  // What a page's loader and session ask, on its port (lib/messaging/page-port.ts).
  servePagePort(browser.runtime, {
    pageArrived: async ({ capture, written, session, costMs, detectMs }, sender) => {
      const tabId = sender.tab?.id;
      const frameId = sender.frameId ?? 0;
      const top = frameId === 0;
      if (tabId === undefined) return { top, verdict: null, frame: null };
      if (!top) framedTabs.add(tabId);
      // Read while the markup is classified.
      const reading = getSettings();
      let verdict: PageVerdict | null = null;
      if (top && capture) {
        try {
          verdict = detectCapture(capture);
        } catch {
          // Markup the parser could not read: the page stays unclassified.
        }
      }
      const settings = await reading;
      const url = capture?.url ?? sender.url ?? '';
      if (verdict) acceptReport(tabId, sessionlessReport(url, verdict, session, costMs, detectMs));
      const arrival = { top, written, captured: capture !== null, verdict, host: siteHostOf(url) ?? '', settings, tabTarget: tabs.target(tabId) };
      if (!needsSessionAtLoad(arrival)) return { top, verdict, frame: null };
      return { top, verdict, frame: await injectSession(tabId, frameId, settings) };
    },
    loadSession: async (_data, sender) => {
      const tabId = sender.tab?.id;
      return tabId === undefined ? null : injectSession(tabId, sender.frameId ?? 0);
    },
    convertTexts: (data) => convertTexts(data.texts, data.from, data.to, data.phrases),
    detectPage: (data) => detectCapture(data.capture),
    extractMentions: (data) => packMentions(extract(data.text)),
    reportChunk: (data) => assembler.addChunk(data),
    reportPage: async (packed, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || (sender.frameId ?? 0) !== 0) return;
      acceptReport(tabId, await assembler.assemble(packed));
    },
  });
  // Content scripts learn of new settings from here: they never touch extension storage, whose
  // bindings cost every page that touches them milliseconds to set up.
  watchSettings((settings) => {
    void browser.tabs.query({}).then((all) => {
      for (const tab of all) if (tab.id !== undefined) sendMessage('settingsChanged', settings, tab.id).catch(() => undefined);
    });
  });
  onMessage('getTabReport', ({ data }) => fullReport(data.tabId));
  onMessage('setTabTarget', ({ data }) => setTabTarget(data.tabId, data.target));
  onMessage('setTabHighlights', ({ data }) =>
    sendMessage('setHighlights', { on: data.on }, { tabId: data.tabId, frameId: 0 }).catch(() => false),
  );
  onMessage('revealInTab', ({ data }) =>
    sendMessage('revealMention', { mentionId: data.mentionId, flash: data.flash }, { tabId: data.tabId, frameId: 0 }).catch(() => false),
  );
  onMessage('openPanelPage', ({ data }) => openPanelPage(data.tabId));

  browser.tabs.onRemoved.addListener((tabId) => {
    tabs.drop(tabId);
    framedTabs.delete(tabId);
  });
  // A tab that starts loading another page (or reloads) no longer shows the reported one.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && (change.url !== undefined || tabs.get(tabId) !== null)) {
      tabs.drop(tabId);
      framedTabs.delete(tabId);
      void updateBadge(tabId, null).catch(() => undefined);
    }
  });

  // The toolbar button opens the summary panel: Chrome's side panel, Firefox's sidebar.
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel;
  if (sidePanel) {
    sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  } else {
    const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
    toolbarAction().onClicked.addListener(() => void sidebar?.toggle());
  }

  browser.commands.onCommand.addListener((command) => {
    if (command !== 'toggle-conversion') return;
    void activeTabId().then((tabId) => (tabId === null ? undefined : toggleTab(tabId)));
  });

  browser.runtime.onInstalled.addListener((details) => {
    browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: MENU.toggle, title: browser.i18n.getMessage('menuToggle'), contexts: ['page'] });
      browser.contextMenus.create({ id: MENU.toSimplified, title: browser.i18n.getMessage('menuSelectionSimplified'), contexts: ['selection'] });
      browser.contextMenus.create({ id: MENU.toTraditional, title: browser.i18n.getMessage('menuSelectionTraditional'), contexts: ['selection'] });
    });
    // First run: a welcome page where the reader picks a preferred script (nothing converts by itself before).
    if (details.reason === 'install') void browser.runtime.openOptionsPage();
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    const tabId = tab?.id;
    if (tabId === undefined) return;
    if (info.menuItemId === MENU.toggle) {
      void toggleTab(tabId);
      return;
    }
    const to = info.menuItemId === MENU.toSimplified ? 'simplified' : 'traditional';
    void copySelection(tabId, info.frameId ?? 0, to, info.selectionText ?? '').catch(() => undefined);
  });

  /**
   * The context-menu entry: the frame's selection converted to `to` (Traditional: the reader's
   * preferred variant, with phrases if they localise phrases) and put on the clipboard. The text is
   * read from the frame, which keeps its line breaks; the menu's own `selectionText` (line breaks
   * collapsed) is the fallback, e.g. for a selection inside a form field. Returns what was copied.
   */
  async function copySelection(tabId: number, frameId: number, to: 'simplified' | 'traditional', selectionText: string): Promise<string | null> {
    const selected = await sendToFrame('getSelectionText', undefined, tabId, frameId).catch(() => '');
    const text = selected.trim() ? selected : selectionText;
    if (!text.trim()) return null;
    const { preferredTarget, phraseLocalization } = await getSettings();
    let from: Source = 'cn';
    let target = preferredTraditional(preferredTarget);
    if (to === 'simplified') {
      target = 'cn';
      from = traditionalVariantOf(await browser.tabs.get(tabId).then((tab) => tab.url ?? '', () => ''));
    }
    const [converted = text] = await convertTexts([text], from, target, phraseLocalization);
    await writeClipboard(converted);
    return converted;
  }

  const automation: Automation = {
    convertTab: (tabId, target) => setTabTarget(tabId, target),
    restoreTab: (tabId) => setTabTarget(tabId, null),
    getPageReport: (tabId) => askPage(tabId).catch(() => null),
    setHighlights: (tabId, on) => sendMessage('setHighlights', { on }, { tabId, frameId: 0 }).catch(() => false),
    revealMention: (tabId, mentionId) =>
      sendMessage('revealMention', { mentionId, flash: true }, { tabId, frameId: 0 }).catch(() => false),
    openPanelPage,
    // Found through the reports content scripts send, else by the tabs' addresses, which the
    // host permission shows for every page the content script runs on (no `tabs` permission).
    findTab: async (url) => {
      const known = tabs.findByUrl(url);
      if (known !== null) return known;
      const shown = (await browser.tabs.query({})).find((tab) => tab.url === url);
      return shown?.id ?? null;
    },
    listening: (tabId) => sendMessage('getPageUrl', undefined, { tabId, frameId: 0 }).then(() => true, () => false),
    toggleTab: (tabId) => toggleTab(tabId),
    copySelection: (tabId, frameId, to, selectionText) => copySelection(tabId, frameId, to, selectionText),
    dropCaches: async () => converter.reset(),
    reloadExtension: async () => {
      setTimeout(() => browser.runtime.reload(), 50);
      return true;
    },
    updateSettings: (patch) => updateSettings(patch),
    getSettings: () => getSettings(),
    convertTexts: (texts, from, to) => converter.convertRaw(texts, from, to),
    getBadge: (tabId) => toolbarAction().getBadgeText({ tabId }),
    measureExtraction: async (text, runs) => {
      const times: number[] = [];
      let mentions = 0;
      for (let i = 0; i < Math.max(1, runs); i++) {
        const t0 = performance.now();
        mentions = extract(text).length;
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      return { medianMs: times[Math.floor(times.length / 2)]!, mentions };
    },
  };
  (globalThis as unknown as { automation: Automation }).automation = automation;
}
