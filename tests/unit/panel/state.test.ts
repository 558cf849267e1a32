import { describe, expect, it, vi } from 'vitest';
import { NOTICE_MS } from '@/lib/panel/notice';
import { createPanelState } from '@/lib/panel/state';
import { createFakeDeps, flush } from './fake-deps';
import { sampleReport } from './sample-report';

async function started(fake: ReturnType<typeof createFakeDeps>) {
  const state = createPanelState(fake.deps);
  const controller = new AbortController();
  await state.start(controller.signal);
  return { state, controller };
}

describe('createPanelState', () => {
  it('binds to the active tab and shows its report', async () => {
    const fake = createFakeDeps({ activeTabId: 7, reports: { 7: sampleReport() } });
    const { state } = await started(fake);
    expect(state.get()).toMatchObject({ status: 'ready', tabId: 7, host: 'www.nbpolice.gov.cn' });
    expect(state.get().report?.metadata?.title).toContain('宁波公安');
  });

  it('binds to the tab named by ?tabId= and does not follow the active tab', async () => {
    const fake = createFakeDeps({ fixedTabId: 3, activeTabId: 7, reports: { 3: sampleReport(), 7: sampleReport({ url: 'https://other.example/' }) } });
    const { state } = await started(fake);
    expect(state.get().tabId).toBe(3);
    expect(fake.deps.activeTabId).not.toHaveBeenCalled();
    fake.activate(7);
    await flush();
    expect(state.get().tabId).toBe(3);
  });

  it('follows the active tab and a tab that finishes loading', async () => {
    const fake = createFakeDeps({ activeTabId: 1, reports: { 1: sampleReport(), 2: sampleReport({ url: 'https://b.example/x' }) } });
    const { state } = await started(fake);
    fake.activate(2);
    await flush();
    expect(state.get()).toMatchObject({ tabId: 2, host: 'b.example' });
    fake.reports.set(2, sampleReport({ url: 'https://b.example/y', revision: 1 }));
    fake.load(2);
    await flush();
    expect(state.get().report?.url).toBe('https://b.example/y');
    fake.load(99);
    await flush();
    expect(state.get().tabId).toBe(2);
  });

  it('takes reportChanged broadcasts for its tab only, and ignores older revisions of the same page', async () => {
    const fake = createFakeDeps({ activeTabId: 1, reports: { 1: sampleReport({ revision: 5 }) } });
    const { state } = await started(fake);
    fake.broadcast(2, sampleReport({ url: 'https://elsewhere.example/' }));
    expect(state.get().report?.url).toBe(sampleReport().url);
    fake.broadcast(1, sampleReport({ revision: 4, highlights: true }));
    expect(state.get().report?.highlights).toBe(false);
    fake.broadcast(1, sampleReport({ revision: 6, highlights: true }));
    expect(state.get().report?.highlights).toBe(true);
    // A new page in the tab starts counting again.
    fake.broadcast(1, sampleReport({ url: 'https://www.nbpolice.gov.cn/next', revision: 1, session: 'next-page' }));
    expect(state.get().report?.url).toBe('https://www.nbpolice.gov.cn/next');
  });

  it('says why there is no report: browser page, web page without report, or URL unknown', async () => {
    const restricted = await started(createFakeDeps({ activeTabId: 1, urls: { 1: 'chrome://extensions/' } }));
    expect(restricted.state.get()).toMatchObject({ status: 'unavailable', unavailable: 'restricted' });
    const store = await started(createFakeDeps({ activeTabId: 1, urls: { 1: 'https://chromewebstore.google.com/detail/x' } }));
    expect(store.state.get().unavailable).toBe('restricted');
    const waiting = await started(createFakeDeps({ activeTabId: 1, urls: { 1: 'https://www.gov.cn/' } }));
    expect(waiting.state.get()).toMatchObject({ status: 'unavailable', unavailable: 'no-report', host: 'www.gov.cn' });
    const unknown = await started(createFakeDeps({ activeTabId: 1 }));
    expect(unknown.state.get().unavailable).toBe('unknown');
    const none = await started(createFakeDeps({ activeTabId: null }));
    expect(none.state.get().status).toBe('no-tab');
  });

  it('does not show a report the tab has navigated away from', async () => {
    const old = sampleReport();
    const toBrowserPage = await started(createFakeDeps({ activeTabId: 1, reports: { 1: old }, urls: { 1: 'chrome://newtab/' } }));
    expect(toBrowserPage.state.get()).toMatchObject({ status: 'unavailable', unavailable: 'restricted', report: null });
    const toNextPage = await started(createFakeDeps({ activeTabId: 1, reports: { 1: old }, urls: { 1: 'https://www.gov.cn/next' } }));
    expect(toNextPage.state.get()).toMatchObject({ status: 'unavailable', unavailable: 'no-report', host: 'www.gov.cn' });
    const sameWithAnchor = await started(createFakeDeps({ activeTabId: 1, reports: { 1: old }, urls: { 1: `${old.url}#comments` } }));
    expect(sameWithAnchor.state.get().status).toBe('ready');
  });

  it('takes the report asked for after a reload even when its revision restarted', async () => {
    const fake = createFakeDeps({ activeTabId: 1, reports: { 1: sampleReport({ revision: 10 }) } });
    const { state } = await started(fake);
    fake.reports.set(1, sampleReport({ revision: 1, highlights: true }));
    fake.load(1);
    await flush();
    expect(state.get().report).toMatchObject({ revision: 1, highlights: true });
  });

  it('recovers when a late report arrives for an unavailable tab', async () => {
    const fake = createFakeDeps({ activeTabId: 1, urls: { 1: 'https://www.gov.cn/' } });
    const { state } = await started(fake);
    fake.broadcast(1, sampleReport());
    expect(state.get().status).toBe('ready');
  });

  it('drops an answer for a tab the panel has already left', async () => {
    const fake = createFakeDeps({ activeTabId: 1, reports: { 1: sampleReport(), 2: sampleReport({ url: 'https://two.example/' }) } });
    let release: () => void = () => undefined;
    fake.deps.getTabReport.mockImplementationOnce(
      (tabId: number) => new Promise((resolve) => (release = () => resolve(fake.reports.get(tabId) ?? null))),
    );
    const state = createPanelState(fake.deps);
    const starting = state.start(new AbortController().signal);
    await flush();
    fake.activate(2);
    await flush();
    release();
    await starting;
    expect(state.get()).toMatchObject({ tabId: 2, host: 'two.example' });
  });

  it('converts the page and shows the new state at once; reports failures', async () => {
    const fake = createFakeDeps({ activeTabId: 1, reports: { 1: sampleReport() } });
    const { state } = await started(fake);
    await state.setTarget('tw');
    expect(fake.deps.setTabTarget).toHaveBeenCalledWith(1, 'tw');
    expect(state.get().report?.conversion.target).toBe('tw');
    expect(state.get().converting).toBe(false);
    fake.deps.setTabTarget.mockResolvedValueOnce(null);
    await state.setTarget('cn');
    expect(state.get().notice).toMatchObject({ key: 'actionFailed', tone: 'error' });
  });

  it('toggles highlights and reveals mentions in the tab', async () => {
    const fake = createFakeDeps({ activeTabId: 1, reports: { 1: sampleReport() } });
    const { state } = await started(fake);
    await state.setHighlights(true);
    expect(fake.deps.setTabHighlights).toHaveBeenCalledWith(1, true);
    expect(state.get().report?.highlights).toBe(true);
    await state.reveal(2);
    expect(fake.deps.revealInTab).toHaveBeenCalledWith(1, 2, true);
    expect(state.get().notice).toBeNull();
    await state.reveal(99);
    expect(state.get().notice?.key).toBe('revealFailed');
  });

  it('stores the site rule by host and applies it to the page in front of the reader', async () => {
    const fake = createFakeDeps({ activeTabId: 1, reports: { 1: sampleReport() } });
    fake.setSettings({ preferredTarget: 'hk' });
    const { state } = await started(fake);
    await state.setSiteRule('always');
    expect(state.get().settings.siteRules).toEqual({ 'www.nbpolice.gov.cn': 'always' });
    expect(fake.deps.setTabTarget).toHaveBeenLastCalledWith(1, 'hk');
    await state.setSiteRule('never');
    expect(state.get().settings.siteRules).toEqual({ 'www.nbpolice.gov.cn': 'never' });
    expect(fake.deps.setTabTarget).toHaveBeenLastCalledWith(1, null);
    await state.setSiteRule('default');
    expect(state.get().settings.siteRules).toEqual({});
  });

  it('keeps the Taiwan phrases setting and follows settings changed elsewhere', async () => {
    const fake = createFakeDeps({ activeTabId: 1, reports: { 1: sampleReport() } });
    const { state } = await started(fake);
    await state.setPhrases(true);
    expect(fake.deps.updateSettings).toHaveBeenCalledWith({ phraseLocalization: true });
    expect(state.get().settings.phraseLocalization).toBe(true);
    await fake.deps.updateSettings({ uiLanguage: 'zh-Hant' });
    expect(state.get().settings.uiLanguage).toBe('zh-Hant');
  });

  it('copies, exports with a dated file name, and announces both', async () => {
    const fake = createFakeDeps({ activeTabId: 1, reports: { 1: sampleReport() } });
    const { state } = await started(fake);
    await state.copy('136 家 · 企业');
    expect(fake.deps.copyText).toHaveBeenCalledWith('136 家 · 企业');
    expect(state.get().notice?.key).toBe('copied');
    fake.deps.copyText.mockRejectedValueOnce(new Error('denied'));
    await state.copy('x');
    expect(state.get().notice?.key).toBe('copyFailed');

    state.exportSummary('csv');
    const [name, mime, text] = fake.deps.download.mock.calls[0]!;
    expect(name).toBe('summary-www.nbpolice.gov.cn-2026-11-22.csv');
    expect(mime).toBe('text/csv');
    expect(text.split('\r\n')[0]).toMatch(/^section,order,type,text/);
    expect(state.get().notice).toMatchObject({ key: 'exported', params: { file: name } });
    state.exportSummary('markdown');
    state.exportSummary('json');
    expect(fake.deps.download.mock.calls.map((c) => c[0].split('.').pop())).toEqual(['csv', 'md', 'json']);
  });

  it('lets confirmations fade and keeps errors', async () => {
    const fake = createFakeDeps({ activeTabId: 1, reports: { 1: sampleReport() } });
    const { state } = await started(fake);
    vi.useFakeTimers();
    try {
      await state.copy('x');
      expect(state.get().notice?.key).toBe('copied');
      vi.advanceTimersByTime(NOTICE_MS);
      expect(state.get().notice).toBeNull();
      await state.reveal(99);
      vi.advanceTimersByTime(NOTICE_MS * 2);
      expect(state.get().notice?.key).toBe('revealFailed');
    } finally {
      vi.useRealTimers();
    }
  });

  it('can be started again after an abort', async () => {
    const fake = createFakeDeps({ activeTabId: 1, reports: { 1: sampleReport() } });
    const state = createPanelState(fake.deps);
    const first = new AbortController();
    await state.start(first.signal);
    first.abort();
    await state.start(new AbortController().signal);
    let calls = 0;
    state.subscribe(() => calls++);
    fake.broadcast(1, sampleReport({ revision: 50, highlights: true }));
    expect(calls).toBe(1);
    expect(state.get().report?.highlights).toBe(true);
  });

  it('notifies subscribers and stops everything when aborted', async () => {
    const fake = createFakeDeps({ activeTabId: 1, reports: { 1: sampleReport() } });
    const state = createPanelState(fake.deps);
    let calls = 0;
    state.subscribe(() => calls++);
    const controller = new AbortController();
    await state.start(controller.signal);
    expect(calls).toBeGreaterThan(0);
    expect(fake.listenerCount()).toBe(4);
    controller.abort();
    expect(fake.listenerCount()).toBe(0);
    const before = calls;
    fake.broadcast(1, sampleReport({ revision: 99 }));
    expect(calls).toBe(before);
  });
});
