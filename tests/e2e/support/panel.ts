import type { Page, Target } from 'puppeteer-core';
import { findExtensionPage, type E2ESession } from './session';

/**
 * Opens the summary panel for a tab. Chromium: the real side panel, opened with the toolbar
 * button. Firefox: the panel page in a tab bound to the page's tab (its sidebar document is not
 * reachable from tests).
 */
export async function openPanel(s: E2ESession, page: Page, tabId: number): Promise<Page> {
  let panel: Page;
  if (s.kind === 'chromium') {
    const waiting = s.browser.waitForTarget((t: Target) => t.url().includes('/sidepanel.html'), { timeout: 15_000 });
    await page.bringToFront();
    await page.triggerExtensionAction((await s.browser.extensions()).values().next().value!);
    panel = (await (await waiting).asPage())!;
  } else {
    await s.automation('openPanelPage', tabId);
    panel = await findExtensionPage(s.browser, `/sidepanel.html?tabId=${tabId}`);
    // The page under test stays the one the reader looks at (background tabs get throttled timers).
    await page.bringToFront();
  }
  await panel.waitForSelector('#app *', { timeout: 15_000 });
  return panel;
}

/** Makes downloads from a panel capturable: every blob the panel offers is read back as text. */
export async function captureDownloads(panel: Page): Promise<void> {
  await panel.evaluate(() => {
    const w = window as unknown as { __downloads: { name: string; text: Promise<string> }[] };
    w.__downloads = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) {
        w.__downloads.push({ name: this.download, text: fetch(this.href).then((r) => r.text()) });
        return;
      }
      click.call(this);
    };
  });
}

export async function downloads(panel: Page): Promise<{ name: string; text: string }[]> {
  return panel.evaluate(async () => {
    const w = window as unknown as { __downloads: { name: string; text: Promise<string> }[] };
    return Promise.all(w.__downloads.map(async (d) => ({ name: d.name, text: await d.text })));
  });
}
