import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBrowserPanelDeps, tabIdFromSearch } from '@/lib/panel/browser-deps';
import { downloadText } from '@/lib/panel/download';
import { flush } from './fake-deps';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('tabIdFromSearch', () => {
  it('reads ?tabId=N and nothing else', () => {
    expect(tabIdFromSearch('?tabId=42')).toBe(42);
    expect(tabIdFromSearch('?x=1&tabId=7')).toBe(7);
    expect(tabIdFromSearch('')).toBeNull();
    expect(tabIdFromSearch('?tabId=-1')).toBeNull();
    expect(tabIdFromSearch('?tabId=1e3')).toBeNull();
    expect(tabIdFromSearch('?tabId=99999999999999999999')).toBeNull();
  });
});

describe('createBrowserPanelDeps', () => {
  it('asks for the active tab of the current window', async () => {
    // The fake cannot make a tab active in a window, so its query is observed instead.
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 9 } as never]);
    const deps = createBrowserPanelDeps(window);
    expect(deps.fixedTabId).toBeNull();
    expect(await deps.activeTabId()).toBe(9);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    query.mockResolvedValue([]);
    expect(await deps.activeTabId()).toBeNull();
  });

  it('follows tab activation in its own window until aborted', async () => {
    const current = await fakeBrowser.windows.create({ focused: true });
    const deps = createBrowserPanelDeps(window);
    const seen: number[] = [];
    const controller = new AbortController();
    deps.watchActiveTab((id) => seen.push(id), controller.signal);
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 5, windowId: current.id!, previousTabId: undefined });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 6, windowId: current.id! + 100, previousTabId: undefined });
    await flush();
    expect(seen).toEqual([5]);
    controller.abort();
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 7, windowId: current.id!, previousTabId: undefined });
    await flush();
    expect(seen).toEqual([5]);
  });

  it('reports tabs that finish loading or change URL', async () => {
    const deps = createBrowserPanelDeps(window);
    const seen: number[] = [];
    const controller = new AbortController();
    deps.watchTabLoads((id) => seen.push(id), controller.signal);
    const tab = await fakeBrowser.tabs.create({ url: 'https://a.example/' });
    await fakeBrowser.tabs.onUpdated.trigger(1, { status: 'loading' }, tab);
    await fakeBrowser.tabs.onUpdated.trigger(2, { status: 'complete' }, tab);
    await fakeBrowser.tabs.onUpdated.trigger(3, { url: 'https://a.example/next' }, tab);
    expect(seen).toEqual([2, 3]);
    controller.abort();
    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'complete' }, tab);
    expect(seen).toEqual([2, 3]);
  });
});

describe('downloadText', () => {
  it('downloads through a Blob and a temporary <a download>', () => {
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:fake');
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicks: HTMLAnchorElement[] = [];
    const onClick = (e: Event) => {
      clicks.push(e.target as HTMLAnchorElement);
      e.preventDefault();
    };
    document.addEventListener('click', onClick);
    vi.useFakeTimers();
    try {
      downloadText(document, 'summary.md', 'text/markdown', '# 标题');
      expect(created).toHaveBeenCalledTimes(1);
      const blob = created.mock.calls[0]![0] as Blob;
      expect(blob.type).toBe('text/markdown;charset=utf-8');
      expect(clicks).toHaveLength(1);
      expect(clicks[0]!.download).toBe('summary.md');
      expect(clicks[0]!.getAttribute('href')).toBe('blob:fake');
      expect(document.querySelector('a[download]')).toBeNull();
      vi.runAllTimers();
      expect(revoked).toHaveBeenCalledWith('blob:fake');
    } finally {
      vi.useRealTimers();
      document.removeEventListener('click', onClick);
      created.mockRestore();
      revoked.mockRestore();
    }
  });
});
