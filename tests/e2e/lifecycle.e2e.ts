import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BROWSER_KINDS, startSession, waitFor, type E2ESession } from './support/session';
import { snapshotDom } from './support/dom-snapshot';
import * as OpenCC from 'opencc-js';

// What happens to a page when the extension goes away under it. Chromium keeps the old content
// script running, orphaned: it notices (runtime.id gone, or a failing message) and restores the
// page. Firefox destroys an unloaded add-on's content scripts without running anything; on reload
// or reinstall it injects the new version into open tabs, which finds the page marked and
// completes the conversion. Either way the page ends fully original or fully converted.

const s2tw = OpenCC.Converter({ from: 'cn', to: 'tw' });
/** Seed lines and their Taiwan Traditional form (lines conversion leaves unchanged are left out). */
const SEED_LINES = readFileSync(path.resolve(__dirname, '../fixtures/seeds/004_10d74ed87451fee5.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== s2tw(l))
  .map((l) => [l, s2tw(l)] as const);

interface Report {
  conversion: { target: string | null };
}

/** Fills the page with `count` paragraphs of seed text (a page whose conversion takes seconds). */
async function makeBig(page: Page, count: number): Promise<void> {
  await page.evaluate(
    (lines: (readonly [string, string])[], n: number) => {
      const w = window as unknown as { __orig: string[]; __conv: string[] };
      w.__orig = [];
      w.__conv = [];
      const frag = document.createDocumentFragment();
      for (let i = 0; i < n; i++) {
        const p = document.createElement('p');
        p.className = 'big';
        const [text, converted] = lines[i % lines.length]!;
        p.textContent = text;
        w.__orig.push(text);
        w.__conv.push(converted);
        frag.append(p);
      }
      document.body.append(frag);
    },
    SEED_LINES,
    count,
  );
}

/** How many big paragraphs show their original text, how many their converted text, how many neither. */
function bigState(page: Page): Promise<{ original: number; changed: number; other: number; mark: string | null }> {
  return page.evaluate(() => {
    const w = window as unknown as { __orig: string[]; __conv: string[] };
    let original = 0;
    let changed = 0;
    let other = 0;
    document.querySelectorAll('p.big').forEach((p, i) => {
      if (p.textContent === w.__orig[i]) original++;
      else if (p.textContent === w.__conv[i]) changed++;
      else other++;
    });
    return { original, changed, other, mark: document.documentElement.getAttribute('data-zhc-written') };
  });
}

/** Waits until the page is whole (all original or all converted) and stays so for a while. */
async function settledWhole(page: Page, total: number, timeout = 60_000): Promise<'original' | 'converted'> {
  const deadline = Date.now() + timeout;
  let last = '';
  let stableSince = 0;
  while (Date.now() < deadline) {
    const s = await bigState(page);
    const key = JSON.stringify(s);
    if (key !== last) {
      last = key;
      stableSince = Date.now();
    }
    const whole = s.original === total && !s.mark ? 'original' : s.changed === total ? 'converted' : null;
    if (whole && Date.now() - stableSince > 2000) return whole;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the page stayed half-written: ${last}`);
}

/** Waits until the page shows one of `allowed` and has not changed for a while; returns it. */
async function settledSnapshot(page: Page, allowed: string[], timeout = 30_000): Promise<string> {
  const deadline = Date.now() + timeout;
  let last = '';
  let since = Date.now();
  while (Date.now() < deadline) {
    const now = await snapshotDom(page);
    if (now !== last) {
      last = now;
      since = Date.now();
    }
    if (allowed.includes(now) && Date.now() - since > 2500) return now;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the page did not settle on an allowed state; it shows: ${last.slice(0, 300)}`);
}

async function startBigConversion(s: E2ESession, page: Page, tabId: number, total: number): Promise<void> {
  await makeBig(page, total);
  // The session has seen the new content (its refresh runs 400 ms after a change).
  await new Promise((r) => setTimeout(r, 1500));
  void s.automation('convertTab', tabId, 'tw').catch(() => undefined);
  // Part of the page is written, part is not: the moment an update would be worst.
  const partial = await waitFor(async () => {
    const st = await bigState(page);
    return st.changed > 0 && st.original > 0 ? st : null;
  }, 60_000, 20);
  expect(partial.changed).toBeLessThan(total);
}

const BIG = 15_000;

describe.each(BROWSER_KINDS)('extension lifecycle in %s', (kind) => {
  let s: E2ESession;
  beforeAll(async () => {
    s = await startSession(kind);
  });
  afterAll(async () => {
    await s?.close();
  });

  /**
   * After a reload the old background is gone. Firefox opens no page of the reloaded add-on to
   * reach the new one by; Chromium does not bring back an extension loaded through CDP
   * (Extensions.loadUnpacked) after runtime.reload. Both: install it again.
   */
  async function reachBackgroundAgain(): Promise<void> {
    await s.reinstall();
  }

  it('leaves a converted page readable when the extension is reloaded (an update)', async () => {
    const { page, tabId } = await s.open('press-city-daily.html');
    await waitFor(() => s.automation<Report | null>('getPageReport', tabId));
    const original = await snapshotDom(page);
    await s.automation('convertTab', tabId, 'tw');
    const converted = await snapshotDom(page);
    expect(converted).not.toBe(original);
    await s.automation('reloadExtension');
    // Chromium: the orphan gives the page back; Firefox: the new instance keeps it converted.
    const settled = await settledSnapshot(page, [original, converted]);
    expect(settled).toBe(kind === 'chromium' ? original : converted);
    await reachBackgroundAgain();
    // And a reload of the page always brings back the page as served.
    await page.reload({ waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 1500));
    expect(await snapshotDom(page)).toBe(original);
    await page.close();
  });

  it('leaves a big page whole when the extension is reloaded mid-conversion', async () => {
    const { page, tabId } = await s.open('shop.html');
    await waitFor(() => s.automation<Report | null>('getPageReport', tabId));
    await startBigConversion(s, page, tabId, BIG);
    await s.automation('reloadExtension');
    const end = await settledWhole(page, BIG);
    await reachBackgroundAgain();
    expect(end).toBe(kind === 'chromium' ? 'original' : 'converted');
    if (end === 'original') expect((await bigState(page)).mark).toBeNull();
    await page.close();
  }, 240_000);

  it('leaves a big page whole when the extension is removed mid-conversion (and installed again)', async () => {
    const { page, tabId } = await s.open('shop.html');
    await waitFor(() => s.automation<Report | null>('getPageReport', tabId));
    await startBigConversion(s, page, tabId, BIG);
    await s.uninstall();
    if (kind === 'chromium') {
      expect(await settledWhole(page, BIG)).toBe('original');
      await s.reinstall();
      // Chromium does not inject content scripts into open tabs: the page stays as served.
      expect(await settledWhole(page, BIG)).toBe('original');
    } else {
      // Firefox destroys the add-on's content script on the spot and runs nothing of it: the page
      // keeps what was written so far until a new instance takes over (or the page is reloaded).
      await s.reinstall();
      expect(await settledWhole(page, BIG)).toBe('converted');
    }
    await page.close();
  }, 240_000);
});
