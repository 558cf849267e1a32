import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'puppeteer-core';
import { BROWSER_KINDS, findExtensionPage, startSession, waitFor, type E2ESession } from './support/session';
import { captureDownloads, downloads, openPanel } from './support/panel';

// Nothing a page contains leaves the browser. A whole reading session runs while every request
// that can be observed is recorded:
// - every page and extension page (both browsers): puppeteer's request events;
// - Chromium's service worker (the background): CDP Network domain on its target;
// - Firefox's background page is not a target puppeteer can attach to: there the proof is the
//   local server's own log (every request it saw is one of the pages the test opened) plus the
//   host resolver (only the test hosts resolve, to 127.0.0.1) and the static check below.

const TARGETS = ['cn', 't', 'tw', 'hk', 'twp'];
const ROOT = path.resolve(__dirname, '../..');
const DEMO_FILES: string[] = (JSON.parse(readFileSync(path.join(ROOT, 'demo/sites.json'), 'utf8')) as { file: string }[]).map((s) => s.file);

interface Report {
  mentions: { id: number; type: string }[];
}

function isLocal(s: E2ESession, url: string): boolean {
  const u = new URL(url);
  if (!/^(https?|wss?):$/.test(u.protocol)) return true; // extension files, data:, blob:
  return s.server.hosts.includes(u.hostname) && u.port === String(s.server.port);
}

describe.each(BROWSER_KINDS)('privacy in %s', (kind) => {
  let s: E2ESession;
  const seen: string[] = [];
  let workerSession: CDPSession | null = null;
  beforeAll(async () => {
    s = await startSession(kind);
    if (kind === 'chromium') {
      const target = await s.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'));
      workerSession = await target.createCDPSession();
      workerSession.on('Network.requestWillBeSent', (e: { request: { url: string } }) => seen.push(e.request.url));
      await workerSession.send('Network.enable');
    }
    const watch = (page: Page) => page.on('request', (r) => seen.push(r.url()));
    s.browser.on('targetcreated', async (t) => {
      const p = await t.page().catch(() => null);
      if (p) watch(p);
    });
    for (const p of await s.browser.pages()) watch(p);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('a full session requests nothing but the local test server', async () => {
    const opened = new Set<string>();
    for (const file of DEMO_FILES) {
      const { page, tabId, url } = await s.open(file);
      opened.add(url);
      await waitFor(() => s.automation('getPageReport', tabId));
      for (const target of TARGETS) {
        await s.automation('convertTab', tabId, target);
        await s.automation('restoreTab', tabId);
      }
      if (file === 'press-ningbo.html') {
        const report = await waitFor(async () => {
          const r = await s.automation<Report | null>('getPageReport', tabId);
          return r && r.mentions.length > 0 ? r : null;
        });
        const panel = await openPanel(s, page, tabId);
        await s.automation('setHighlights', tabId, true);
        await s.automation('revealMention', tabId, report.mentions[0]!.id);
        await waitFor(async () => ((await panel.$$('.zhc-figure')).length > 0 ? true : null), 15_000);
        await captureDownloads(panel);
        for (const button of await panel.$$('.zhc-export button')) await button.click();
        await waitFor(async () => ((await downloads(panel)).length === 3 ? true : null));
        await panel.close();
      }
      await page.close();
    }
    // The options page, and a settings export from it.
    let options: Page;
    if (kind === 'chromium') {
      options = await s.browser.newPage();
      await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    } else {
      options = await findExtensionPage(s.browser, '/options.html');
    }
    await options.waitForSelector('.zhc-button-row .zhc-button');
    await captureDownloads(options);
    await options.click('.zhc-button-row .zhc-button');
    const files = await waitFor(async () => {
      const d = await downloads(options);
      return d.length === 1 ? d : null;
    });
    expect(files[0]!.name).toMatch(/settings.*\.json$/);
    await new Promise((r) => setTimeout(r, 1000));

    const foreign = [...seen, ...s.foreignRequests].filter((u) => !isLocal(s, u));
    expect(foreign).toEqual([]);
    // What the browser saw is really what was requested: the pages, nothing else and nowhere else.
    expect(seen.filter((u) => /^https?:/.test(u)).length).toBeGreaterThanOrEqual(DEMO_FILES.length);
    const served = s.server.requests.map((r) => `${r.host}${r.path}`);
    const pages = new Set([...opened].map((u) => `${new URL(u).hostname}${new URL(u).pathname}`));
    const framePaths = new Set(s.server.sites.map((site) => `${site.host}${site.path}`));
    expect(served.filter((r) => !pages.has(r) && !framePaths.has(r) && !r.endsWith('/favicon.ico'))).toEqual([]);
    if (kind === 'chromium') expect(seen.some((u) => u.startsWith('chrome-extension://') && u.includes('/dict/'))).toBe(true);
  }, 600_000);
});

describe('the built extension', () => {
  const dirs = ['.output/chrome-mv3', '.output/firefox-mv2'].map((d) => path.join(ROOT, d));
  const scripts = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) return scripts(p);
      return p.endsWith('.js') ? [p] : [];
    });

  it.each(dirs)('%s has no network API but fetches of its own files', (dir) => {
    const files = scripts(dir);
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/XMLHttpRequest|new WebSocket|sendBeacon|EventSource|importScripts\(/);
      for (const m of code.matchAll(/(?<![\w$.])fetch\(/g)) {
        const before = code.slice(Math.max(0, m.index - 300), m.index);
        // Dictionaries: packaged files by runtime.getURL; Vite's modulepreload polyfill: the
        // extension's own chunks (link elements of its own pages).
        const own = /runtime\.getURL\(`\/dict\//.test(before) || /modulepreload|crossOrigin/.test(before);
        expect(own, `${path.relative(ROOT, file)}: …${before.slice(-120)}fetch(`).toBe(true);
      }
    }
  });
});
