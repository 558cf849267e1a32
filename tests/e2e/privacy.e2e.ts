// Nothing a page contains leaves the browser. One whole reading session per browser: every demo
// page opened, converted to each target and back, the panel opened with highlights, a mention
// revealed, the three exports and the settings export clicked, and every request watched:
// - every page, extension pages included (the session's watcher; puppeteer sees them in both browsers);
// - in Chromium, the service worker too, through its own DevTools session (Network domain);
// - in Firefox the background page cannot be attached to by puppeteer, so the proof there is the
//   static check below, which holds for every context: the built code has no way to reach a network
//   but fetching its own packaged files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Target } from 'puppeteer-core';
import { EXTENSION_DIRS } from '../../scripts/browsers.mjs';
import { captureDownloads, downloads, openPanel } from './support/panel';
import { BROWSER_KINDS, findExtensionPage, startSession, waitFor, type E2ESession } from './support/session';

interface Report {
  mentions: { id: number; type: string }[];
  conversion: { target: string | null };
}

const TARGETS = ['cn', 't', 'tw', 'twp', 'hk'] as const;

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return jsFiles(file);
    return name.endsWith('.js') ? [file] : [];
  });
}

describe('the built extension', () => {
  it.each(Object.entries(EXTENSION_DIRS))('(%s) has no network API but fetching its own packaged files', (_kind, dir) => {
    const found: string[] = [];
    for (const file of jsFiles(dir)) {
      const code = readFileSync(file, 'utf8');
      for (const api of ['XMLHttpRequest', 'WebSocket', 'sendBeacon', 'EventSource', 'WebTransport', 'RTCPeerConnection']) {
        if (code.includes(api)) found.push(`${path.basename(file)}: ${api}`);
      }
      for (const m of code.matchAll(/\bfetch\(/g)) {
        const around = code.slice(Math.max(0, m.index - 160), m.index + 40);
        // A file of the package itself (runtime.getURL: the dictionaries); or Vite's modulepreload
        // helper, which fetches the package's own <link rel=modulepreload> chunks.
        const own = /fetch\(\w+(\.\w+)*\.runtime\.getURL\(/.test(code.slice(m.index, m.index + 60)) || /\.ep\)return;.*fetch\(\w+\.href/.test(around);
        if (!own) found.push(`${path.basename(file)}: ${around.replace(/\s+/g, ' ')}`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe.each(BROWSER_KINDS)('privacy in %s', (kind) => {
  let s: E2ESession;
  const workerRequests: string[] = [];
  const watched = new Set<CDPSession>();

  async function watchServiceWorker(target: Target): Promise<void> {
    if (target.type() !== 'service_worker') return;
    const worker = await target.worker().catch(() => null);
    if (!worker || watched.has(worker.client)) return;
    watched.add(worker.client);
    worker.client.on('Network.requestWillBeSent', (e: { request: { url: string } }) => workerRequests.push(e.request.url));
    await worker.client.send('Network.enable').catch(() => undefined);
  }

  beforeAll(async () => {
    s = await startSession(kind);
    if (kind === 'chromium') {
      s.browser.on('targetcreated', (t: Target) => void watchServiceWorker(t));
      for (const t of s.browser.targets()) await watchServiceWorker(t);
    }
  });
  afterAll(async () => {
    await s?.close();
  });

  it('a whole session sends nothing anywhere but the local test server', async () => {
    const sites = s.server.sites.filter((site) => !site.file.startsWith('hostile-'));
    for (const site of sites) {
      const { page, tabId } = await s.open(site.file);
      await waitFor(() => s.automation<Report | null>('getPageReport', tabId), 15_000);
      for (const target of TARGETS) await s.automation('convertTab', tabId, target);
      await s.automation('restoreTab', tabId);
      await page.close();
    }

    // The panel on a press page: highlights, a reveal, the three exports.
    const { page, tabId } = await s.open('press-ningbo.html');
    const report = await waitFor(async () => {
      const r = await s.automation<Report | null>('getPageReport', tabId);
      return r && r.mentions.length > 0 ? r : null;
    });
    const panel = await openPanel(s, page, tabId);
    await panel.waitForSelector('.zhc-figure', { timeout: 15_000 });
    await s.automation('setHighlights', tabId, true);
    await s.automation('revealMention', tabId, report.mentions[0]!.id);
    await captureDownloads(panel);
    for (const button of await panel.$$('.zhc-export button')) await button.evaluate((b) => (b as HTMLButtonElement).click());
    expect((await waitFor(async () => ((await downloads(panel)).length === 3 ? true : null))) === true).toBe(true);
    await s.automation('convertTab', tabId, 'tw');
    await s.automation('setHighlights', tabId, false);
    await panel.close();
    await page.close();

    // The options page: export the settings.
    // Chromium lets a test open the extension's page; Firefox refuses, but the extension opened it on install.
    let options;
    if (kind === 'chromium') {
      const id = new URL(s.browser.targets().find((t) => t.type() === 'service_worker')!.url()).host;
      options = await s.browser.newPage();
      await options.goto(`chrome-extension://${id}/options.html`);
    } else {
      options = await findExtensionPage(s.browser, '/options.html');
    }
    await options.waitForSelector('#app *', { timeout: 15_000 });
    await captureDownloads(options);
    const exportButton = await options.$('section[aria-labelledby="zhc-transfer-heading"] button');
    expect(exportButton).not.toBeNull();
    await exportButton!.evaluate((b) => (b as HTMLButtonElement).click());
    const saved = await waitFor(async () => {
      const d = await downloads(options);
      return d.length > 0 ? d : null;
    });
    expect(saved[0]!.name).toMatch(/settings.*\.json$/);

    // What the server saw: only the pages the test asked for.
    const pagePaths = new Set(s.server.sites.map((site) => `${site.host}${site.path}`));
    const unexpected = s.server.requests.filter((r) => !pagePaths.has(`${r.host}${r.path}`) && r.path !== '/favicon.ico');
    expect(unexpected).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
    if (kind === 'chromium') {
      // The worker was watched (it fetched its own dictionaries) and reached nothing else.
      expect(workerRequests.some((u) => u.includes('/dict/'))).toBe(true);
      expect(workerRequests.filter((u) => !/^chrome-extension:/.test(u))).toEqual([]);
    }
  });
});
