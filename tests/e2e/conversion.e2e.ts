import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'puppeteer-core';
import { BROWSER_KINDS, startSession, waitFor, type E2ESession } from './support/session';
import { snapshotDom } from './support/dom-snapshot';
import * as OpenCC from 'opencc-js';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SEED_DIR = path.resolve(__dirname, '../fixtures/seeds');

// Expected texts come from opencc-js itself, the source of truth for conversion results.
const s2tw = OpenCC.Converter({ from: 'cn', to: 'tw' });

interface Report {
  hasChinese: boolean;
  detection: { script: string } | null;
  conversion: { target: string | null; pinyinArtifacts: number; artifactsHidden: boolean };
}

const ARTICLE_PAGES = ['gov-police-ningbo.html', 'press-city-daily.html', 'press-ningbo.html', 'gov-traditional-tongchuan.html', 'press-beilun.html', 'forum-repost.html', 'shop.html'];

describe.each(BROWSER_KINDS)('script conversion in %s', (kind) => {
  let s: E2ESession;
  beforeAll(async () => {
    s = await startSession(kind);
  });
  afterAll(async () => {
    await s?.close();
  });

  it.each(ARTICLE_PAGES)('round-trips %s through every target to the identical DOM', async (file) => {
    const { page, tabId } = await s.open(file);
    const report = await waitFor(() => s.automation<Report | null>('getPageReport', tabId));
    // The pinyin page hides its artifacts on load; restoring brings back the page as served.
    if (report.conversion.artifactsHidden) await s.automation('restoreTab', tabId);
    const original = await snapshotDom(page);
    for (const target of ['t', 'tw', 'hk', 'cn', 'twp']) {
      await s.automation('convertTab', tabId, target);
    }
    await s.automation('restoreTab', tabId);
    expect(await snapshotDom(page)).toBe(original);
    await page.close();
  });

  it('converts like opencc-js with the dictionaries the extension ships', async () => {
    const seeds = readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(SEED_DIR, f), 'utf8'));
    // twp is left out on purpose: protected terms (《…》 titles) keep phrase localisation out of
    // them, a deliberate difference; the engine itself is compared for twp in the unit tests.
    const cases: [string, string][] = [['cn', 't'], ['cn', 'tw'], ['cn', 'hk'], ['t', 'cn'], ['tw', 'cn'], ['hk', 'cn'], ['t', 'tw'], ['t', 'hk']];
    for (const [from, to] of cases) {
      const expected = seeds.map((t) => OpenCC.Converter({ from: from as 'cn', to: to as 'tw' })(t));
      const actual = await s.automation<string[]>('convertTexts', seeds, from, to);
      expect(actual, `${from} → ${to}`).toEqual(expected);
    }
  });

  it('changes nothing when the page is already in the target script', async () => {
    const { page, tabId } = await s.open('press-ningbo.html');
    await waitFor(() => s.automation<Report | null>('getPageReport', tabId));
    const before = await page.evaluate(() => document.body.innerText);
    await s.automation('convertTab', tabId, 'cn');
    expect(await page.evaluate(() => document.body.innerText)).toBe(before);
    await page.close();
  });

  it('converts content a page appends every 100 ms', async () => {
    const { page, tabId } = await s.open('dynamic-feed.html');
    await s.automation('convertTab', tabId, 'tw');
    await page.waitForSelector('body[data-feed-done="true"]', { timeout: 20_000 });
    await new Promise((r) => setTimeout(r, 300));
    const items = await page.$$eval('.feed-item', (ps) => ps.map((p) => p.textContent ?? ''));
    expect(items.length).toBeGreaterThanOrEqual(51);
    const unconverted = items.filter((t) => /[们这网络发个门]/.test(t));
    expect(unconverted).toEqual([]);
    await s.automation('restoreTab', tabId);
    const restored = await page.$$eval('.feed-item', (ps) => ps.map((p) => p.textContent ?? ''));
    expect(restored.some((t) => t.includes('网络'))).toBe(true);
    await page.close();
  });

  it('keeps the text a page script wrote after conversion when restoring', async () => {
    const { page, tabId } = await s.open('rewrite-after-convert.html');
    await waitFor(() => s.automation<Report | null>('getPageReport', tabId));
    await s.automation('convertTab', tabId, 'tw');
    expect(await page.$eval('#static', (p) => p.textContent)).toBe(s2tw('个人信息保护工作持续推进，网信办发布新规。'));
    await page.evaluate(() => (window as unknown as { pageRewrite(t: string): void }).pageRewrite('页面自己更新的文字'));
    await new Promise((r) => setTimeout(r, 200));
    // While converted, the page's new text is shown converted…
    expect(await page.$eval('#live', (p) => p.textContent)).toBe(s2tw('页面自己更新的文字'));
    await s.automation('restoreTab', tabId);
    // …and restore gives back the page's newer text, not the text from before conversion.
    expect(await page.$eval('#live', (p) => p.textContent)).toBe('页面自己更新的文字');
    expect(await page.$eval('#static', (p) => p.textContent)).toBe('个人信息保护工作持续推进，网信办发布新规。');
    await page.close();
  });

  it('converts open shadow roots and same-origin iframes', async () => {
    const { page, tabId } = await s.open('rewrite-after-convert.html');
    await waitFor(() => s.automation<Report | null>('getPageReport', tabId));
    await s.automation('convertTab', tabId, 'tw');
    const shadow = await page.$eval('#host', (h) => h.shadowRoot!.textContent);
    expect(shadow).toBe(s2tw('影子树里的网络安全提示'));
    const frame = await waitFor(async () => page.frames().find((f: Frame) => f.url().endsWith('/frame-child.html')) ?? null);
    const child = await waitFor(async () => {
      const t = await frame.$eval('#child', (p) => p.textContent);
      return t === s2tw('框架内的网络安全新闻') ? t : null;
    });
    expect(child).toBe(s2tw('框架内的网络安全新闻'));
    await s.automation('restoreTab', tabId);
    expect(await page.$eval('#host', (h) => h.shadowRoot!.textContent)).toBe('影子树里的网络安全提示');
    await page.close();
  });

  it('converts a frame that loads after its tab was converted', async () => {
    const { page, tabId } = await s.open('rewrite-after-convert.html');
    await waitFor(() => s.automation<Report | null>('getPageReport', tabId));
    await s.automation('convertTab', tabId, 'tw');
    await page.evaluate(() => {
      const late = document.createElement('iframe');
      late.src = '/frame-child.html?late';
      document.body.append(late);
    });
    const frame = await waitFor(async () => page.frames().find((f: Frame) => f.url().endsWith('/frame-child.html?late')) ?? null);
    const child = await waitFor(async () => {
      const t = await frame.$eval('#child', (p) => p.textContent).catch(() => null);
      return t === s2tw('框架内的网络安全新闻') ? t : null;
    });
    expect(child).toBe(s2tw('框架内的网络安全新闻'));
    await page.close();
  });

  it('hides pinyin artifacts on the annotated page and restores them exactly', async () => {
    const { page, tabId } = await s.open('gov-traditional-tongchuan.html');
    const report = await waitFor(async () => {
      const r = await s.automation<Report | null>('getPageReport', tabId);
      return r && r.conversion.artifactsHidden ? r : null;
    });
    expect(report.conversion.pinyinArtifacts).toBeGreaterThan(50);
    const shown = await page.evaluate(() => document.body.innerText);
    expect(shown).toContain('網絡安全為人民');
    expect(shown).not.toMatch(/\((?:wǎng|luò)\)/);
    await s.automation('restoreTab', tabId);
    const restored = await page.evaluate(() => document.body.innerText);
    expect(restored).toContain('網(wǎng)絡(luò)安全為人民');
    await page.close();
  });

  it('follows a settings change while the page is open (artifacts shown again, then hidden)', async () => {
    const { page, tabId } = await s.open('gov-traditional-tongchuan.html');
    await waitFor(async () => {
      const r = await s.automation<Report | null>('getPageReport', tabId);
      return r && r.conversion.artifactsHidden ? r : null;
    });
    const text = () => page.evaluate(() => document.body.innerText);
    try {
      await s.automation('updateSettings', { hidePinyinArtifacts: false });
      expect(await waitFor(async () => ((await text()).includes('網(wǎng)絡(luò)安全為人民') ? true : null))).toBe(true);
      await s.automation('updateSettings', { hidePinyinArtifacts: true });
      expect(await waitFor(async () => ((await text()).includes('網絡安全為人民') ? true : null))).toBe(true);
    } finally {
      await s.automation('updateSettings', { hidePinyinArtifacts: true });
      await page.close();
    }
  });

  it('toggles from the keyboard command: to the other script, then back to the original', async () => {
    const simplified = await s.open('gov-police-ningbo.html');
    await waitFor(() => s.automation<Report | null>('getPageReport', simplified.tabId));
    const original = await snapshotDom(simplified.page);
    // Before the reader picks a preferred script, Simplified pages go to Taiwan Traditional.
    expect((await s.automation<{ target: string | null }>('toggleTab', simplified.tabId)).target).toBe('tw');
    expect((await s.automation<{ target: string | null }>('toggleTab', simplified.tabId)).target).toBe(null);
    expect(await snapshotDom(simplified.page)).toEqual(original);
    // A Traditional page goes to Simplified.
    const traditional = await s.open('gov-traditional-tongchuan.html');
    await waitFor(() => s.automation<Report | null>('getPageReport', traditional.tabId));
    expect((await s.automation<{ target: string | null }>('toggleTab', traditional.tabId)).target).toBe('cn');
    await traditional.page.close();
    // Once the reader prefers a variant, Simplified pages go to it (this page, open before the
    // choice, was not converted by auto mode: toggling converts it).
    await s.automation('updateSettings', { preferredTarget: 'hk' });
    try {
      expect((await s.automation<{ target: string | null }>('toggleTab', simplified.tabId)).target).toBe('hk');
    } finally {
      await s.automation('updateSettings', { preferredTarget: null });
    }
    await simplified.page.close();
  });

  it('copies a selection converted to the clipboard from the context menu, line breaks kept', async () => {
    // An http page (as many government sites still are): no Clipboard API in the page's context.
    const { page, tabId } = await s.open('gov-police-ningbo.html');
    await waitFor(() => s.automation<Report | null>('getPageReport', tabId));
    const selected = await page.evaluate(() => {
      const paragraphs = [...document.querySelectorAll('p')].filter((p) => /[\u4e00-\u9fff]{20}/.test(p.textContent ?? ''));
      const range = document.createRange();
      range.setStart(paragraphs[0]!, 0);
      range.setEnd(paragraphs[1]!, paragraphs[1]!.childNodes.length);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    });
    expect(selected).toContain('\n');
    // What the browser hands the menu's click: Chromium collapses the selection's line breaks.
    const menuText = selected.replace(/\s+/g, ' ');
    await s.automation('copySelection', tabId, 0, 'traditional', menuText);
    // Pasted by a real key press into a field of the page: what the reader gets.
    await page.evaluate(() => {
      getSelection()!.removeAllRanges();
      const field = document.createElement('textarea');
      field.id = 'paste-here';
      document.body.append(field);
      field.focus();
    });
    await page.keyboard.down('Control');
    await page.keyboard.press('v');
    await page.keyboard.up('Control');
    const pasted = await waitFor(async () => (await page.$eval('#paste-here', (t) => (t as HTMLTextAreaElement).value)) || null);
    expect(pasted).toBe(s2tw(selected));
    expect(pasted).not.toBe(selected);
    await page.close();
  });

  it('requests nothing from any host but the local test server', () => {
    expect(s.foreignRequests).toEqual([]);
  });
});
