import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Target } from 'puppeteer-core';
import { BROWSER_KINDS, findExtensionPage, startSession, waitFor, type E2ESession } from './support/session';
import { bodyText, snapshotDom } from './support/dom-snapshot';

interface Report {
  hasChinese: boolean;
  detection: { kind: string; script: string } | null;
  conversion: { target: string | null };
}

describe.each(BROWSER_KINDS)('foundation in %s', (kind) => {
  let s: E2ESession;
  beforeAll(async () => {
    s = await startSession(kind);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('runs the content script on a government page and reports it', async () => {
    const { tabId } = await s.open('gov-police-ningbo.html');
    const report = await waitFor(() => s.automation<Report | null>('getPageReport', tabId));
    expect(report.hasChinese).toBe(true);
    expect(report.detection?.kind).toBe('government');
  });

  it('converts a page to Traditional and restores the identical original', async () => {
    const { page, tabId } = await s.open('press-city-daily.html');
    await waitFor(() => s.automation<Report | null>('getPageReport', tabId));
    const before = await snapshotDom(page);
    const original = await bodyText(page);
    expect(original).toContain('网络安全');
    await s.automation('convertTab', tabId, 't');
    const converted = await bodyText(page);
    expect(converted).toContain('網絡安全');
    expect(converted).not.toContain('网络安全');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
    await s.automation('restoreTab', tabId);
    expect(await snapshotDom(page)).toBe(before);
  });

  it('renders the panel page', async () => {
    const { page, tabId } = await s.open('press-ningbo.html');
    await waitFor(() => s.automation<Report | null>('getPageReport', tabId));
    let panel: Page;
    if (kind === 'chromium') {
      // The real side panel, opened the way a reader opens it: the toolbar button.
      const waiting = s.browser.waitForTarget((t: Target) => t.url().includes('/sidepanel.html'), { timeout: 15_000 });
      await page.bringToFront();
      await page.triggerExtensionAction((await s.browser.extensions()).values().next().value!);
      const target = await waiting;
      panel = (await target.asPage())!;
    } else {
      await s.automation('openPanelPage', tabId);
      panel = await findExtensionPage(s.browser, `/sidepanel.html?tabId=${tabId}`);
    }
    await panel.waitForSelector('#app *', { timeout: 15_000 });
    const text = await panel.evaluate(() => document.body.innerText);
    expect(text.length).toBeGreaterThan(10);
  });

  it('requests nothing from any host but the local test server', () => {
    expect(s.foreignRequests).toEqual([]);
  });
});
