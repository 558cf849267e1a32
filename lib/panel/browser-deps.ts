import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '@/lib/messaging/protocol';
import { getSettings, updateSettings, watchSettings } from '@/lib/settings/items';
import { downloadText } from './download';
import type { OptionsDeps } from './options-state';
import type { PanelDeps } from './state';

/** `?tabId=N` in the panel's URL (Firefox e2e opens the panel as a tab page). */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/** The real extension behind the panel state: messaging, tabs, settings, clipboard, downloads. */
export function createBrowserPanelDeps(win: Window): PanelDeps {
  // The panel's own window, to follow activation there only; null (follow any) when unknown.
  const windowId: Promise<number | null> = Promise.resolve()
    .then(() => browser.windows?.getCurrent())
    .then((w) => w?.id ?? null)
    .catch(() => null);
  return {
    fixedTabId: tabIdFromSearch(win.location.search),
    async activeTabId() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    watchActiveTab(onChange, signal) {
      const listener = (info: { tabId: number; windowId: number }) => {
        void windowId.then((id) => {
          if (id === null || id === info.windowId) onChange(info.tabId);
        });
      };
      browser.tabs.onActivated.addListener(listener);
      signal.addEventListener('abort', () => browser.tabs.onActivated.removeListener(listener));
    },
    watchTabLoads(onLoad, signal) {
      const listener = (tabId: number, change: { status?: string; url?: string }) => {
        if (change.status === 'complete' || change.url !== undefined) onLoad(tabId);
      };
      browser.tabs.onUpdated.addListener(listener);
      signal.addEventListener('abort', () => browser.tabs.onUpdated.removeListener(listener));
    },
    async tabUrl(tabId) {
      const tab = await browser.tabs.get(tabId);
      return tab.url ?? null;
    },
    getTabReport: (tabId) => sendMessage('getTabReport', { tabId }),
    setTabTarget: (tabId, target) => sendMessage('setTabTarget', { tabId, target }),
    setTabHighlights: (tabId, on) => sendMessage('setTabHighlights', { tabId, on }),
    revealInTab: (tabId, mentionId, flash) => sendMessage('revealInTab', { tabId, mentionId, flash }),
    watchReports(onReport, signal) {
      const remove = onMessage('reportChanged', ({ data }) => onReport(data.tabId, data.report));
      signal.addEventListener('abort', remove);
    },
    getSettings,
    updateSettings,
    watchSettings(onChange, signal) {
      const unwatch = watchSettings(onChange);
      signal.addEventListener('abort', unwatch);
    },
    copyText: (text) => win.navigator.clipboard.writeText(text),
    download: (fileName, mime, text) => downloadText(win.document, fileName, mime, text),
    openOptions: () => browser.runtime.openOptionsPage(),
    now: () => new Date(),
  };
}

/** The real extension behind the options page: settings storage and downloads. */
export function createBrowserOptionsDeps(win: Window): OptionsDeps {
  return {
    getSettings,
    updateSettings,
    watchSettings(onChange, signal) {
      const unwatch = watchSettings(onChange);
      signal.addEventListener('abort', unwatch);
    },
    download: (fileName, mime, text) => downloadText(win.document, fileName, mime, text),
    now: () => new Date(),
  };
}
