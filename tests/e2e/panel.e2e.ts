import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSER_KINDS, startSession, waitFor, type E2ESession } from './support/session';
import { captureDownloads, downloads, openPanel } from './support/panel';

interface Mention {
  id: number;
  type: 'STAT' | 'ORG';
  text: string;
  shown: string;
  value?: number;
  unit?: string;
  canonical?: string;
}
interface Report {
  mentions: Mention[];
  metadata: { title: string | null } | null;
  conversion: { target: string | null };
}

async function reportWithMentions(s: E2ESession, tabId: number): Promise<Report> {
  return waitFor(async () => {
    const r = await s.automation<Report | null>('getPageReport', tabId);
    return r && r.mentions.length > 0 ? r : null;
  });
}

/** Ranges of a CSS highlight as text, read in the page (the registry is shared by all worlds). */
function highlightTexts(page: Page, name: string): Promise<string[] | null> {
  return page.evaluate((n) => {
    const h = CSS.highlights.get(n);
    return h ? [...h].map((r) => (r as Range).toString()) : null;
  }, name);
}

describe.each(BROWSER_KINDS)('summary panel in %s', (kind) => {
  let s: E2ESession;
  beforeAll(async () => {
    s = await startSession(kind);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('lists the statistics and organizations of the seed article', async () => {
    const { page, tabId } = await s.open('gov-police-ningbo.html');
    const report = await reportWithMentions(s, tabId);
    const stats = report.mentions.filter((m) => m.type === 'STAT');
    // Gold statistics of seed 003's first paragraphs (../shared/gold/003.jsonl).
    for (const text of ['31起', '135名', '62起', '1263名', '1.8亿余条', '1350家次', '201份']) {
      expect(stats.map((m) => m.text)).toContain(text);
    }
    expect(stats.find((m) => m.text === '1.8亿余条')?.value).toBe(180_000_000);
    const panel = await openPanel(s, page, tabId);
    await panel.waitForSelector('.zhc-figure');
    const figures = await panel.$$eval('.zhc-figure', (els) => els.length);
    expect(figures).toBe(stats.length);
    const panelText = await panel.evaluate(() => document.body.innerText);
    expect(panelText).toContain('公安部');
    expect(panelText).toMatch(/1\.8\s*亿/);
    expect(panelText).toContain(report.metadata!.title!);
    await panel.close();
    await page.close();
  });

  it('scrolls to a figure and flashes exactly that mention; highlights survive conversion', async () => {
    const { page, tabId } = await s.open('press-city-daily.html');
    const report = await reportWithMentions(s, tabId);
    const panel = await openPanel(s, page, tabId);
    await panel.waitForSelector('.zhc-figure .zhc-reveal');
    const buttons = await panel.$$('.zhc-figure .zhc-reveal');
    const last = buttons[buttons.length - 1]!;
    const label = await last.evaluate((b) => b.textContent ?? '');
    await page.evaluate(() => window.scrollTo(0, 0));
    await last.click();
    const focus = await waitFor(() => highlightTexts(page, 'zhc-focus'));
    expect(focus).toHaveLength(1);
    const stat = report.mentions.filter((m) => m.type === 'STAT').find((m) => m.shown === focus[0]);
    expect(stat, `flashed ${focus[0]} for ${label}`).toBeTruthy();
    // The flashed mention is on screen.
    const visible = await page.evaluate(() => {
      const r = [...CSS.highlights.get('zhc-focus')!][0] as Range;
      const box = r.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight && window.scrollY > 0;
    });
    expect(visible).toBe(true);

    // All figures and institutions highlighted, in two colours…
    await s.automation('setHighlights', tabId, true);
    const statTexts = await waitFor(() => highlightTexts(page, 'zhc-stat'));
    const orgTexts = await waitFor(() => highlightTexts(page, 'zhc-org'));
    expect(statTexts).toEqual(report.mentions.filter((m) => m.type === 'STAT').map((m) => m.shown));
    expect(orgTexts.length).toBe(report.mentions.filter((m) => m.type === 'ORG').length);
    // …and still on the right words after the script changes.
    await s.automation('convertTab', tabId, 'tw');
    const converted = await waitFor(async () => {
      const r = await s.automation<Report>('getPageReport', tabId);
      return r.conversion.target === 'tw' ? r : null;
    });
    const after = await highlightTexts(page, 'zhc-stat');
    expect(after).toEqual(converted.mentions.filter((m) => m.type === 'STAT').map((m) => m.shown));
    const orgsAfter = await highlightTexts(page, 'zhc-org');
    expect(orgsAfter).toEqual(converted.mentions.filter((m) => m.type === 'ORG').map((m) => m.shown));
    expect(orgsAfter!.some((t) => /[網區縣]/.test(t))).toBe(true);
    await s.automation('restoreTab', tabId);
    await s.automation('setHighlights', tabId, false);
    await panel.close();
    await page.close();
  });

  it('highlights exactly the mentions on a page whose pinyin artifacts are hidden', async () => {
    const { page, tabId } = await s.open('gov-traditional-tongchuan.html');
    const report = await waitFor(async () => {
      const r = await s.automation<Report & { conversion: { artifactsHidden: boolean } } | null>('getPageReport', tabId);
      return r && r.mentions.length > 0 && r.conversion.artifactsHidden ? r : null;
    });
    await s.automation('setHighlights', tabId, true);
    // The page shows the text without 網(wǎng)-style glosses: each highlight is its mention so cleaned.
    const clean = (t: string) => t.replace(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü' ]+[)）]/gi, '').replace(/\s+/g, '');
    for (const [name, type] of [['zhc-stat', 'STAT'], ['zhc-org', 'ORG']] as const) {
      const shown = await waitFor(() => highlightTexts(page, name));
      const expected = report.mentions.filter((m) => m.type === type).map((m) => clean(m.text));
      expect(shown.map((t) => t.replace(/\s+/g, ''))).toEqual(expected);
    }
    expect(report.mentions.some((m) => /[(（][a-zāáǎà]/i.test(m.text))).toBe(true);
    await s.automation('setHighlights', tabId, false);
    await page.close();
  });

  it('follows the page as content is appended', async () => {
    const { page, tabId } = await s.open('dynamic-feed.html');
    const panel = await openPanel(s, page, tabId);
    await page.waitForSelector('body[data-feed-done="true"]', { timeout: 20_000 });
    const report = await waitFor(async () => {
      const r = await s.automation<Report>('getPageReport', tabId);
      return r && r.mentions.filter((m) => m.text === '136家').length >= 5 ? r : null;
    });
    const stats = report.mentions.filter((m) => m.type === 'STAT').length;
    const shown = await waitFor(async () => {
      const n = await panel.$$eval('.zhc-figure', (els) => els.length);
      return n === stats ? n : null;
    });
    expect(shown).toBe(stats);
    await panel.close();
    await page.close();
  });

  it('exports Markdown, CSV and JSON with the citation', async () => {
    const { page, tabId, url } = await s.open('press-ningbo.html');
    const report = await reportWithMentions(s, tabId);
    const panel = await openPanel(s, page, tabId);
    const statCount = report.mentions.filter((m) => m.type === 'STAT').length;
    // Export works on the report the panel shows: wait until it shows this one, not a loading state.
    await waitFor(async () => ((await panel.$$eval('.zhc-figure', (els) => els.length)) === statCount ? true : null));
    await captureDownloads(panel);
    for (const button of await panel.$$('.zhc-export button')) await button.click();
    const files = await waitFor(async () => {
      const d = await downloads(panel);
      return d.length === 3 ? d : null;
    });
    const byExt: Record<string, string> = Object.fromEntries(files.map((f) => [f.name.split('.').pop() ?? '', f.text]));
    const title = report.metadata!.title!;
    expect(byExt.md).toContain(title);
    expect(byExt.md).toContain(url);
    const json = JSON.parse(byExt.json!);
    expect(JSON.stringify(json)).toContain(url);
    const orgCount = new Set(report.mentions.filter((m) => m.type === 'ORG').map((m) => (m as { key?: string }).key)).size;
    const csvLines: string[] = byExt.csv!.trim().split('\r\n');
    expect(csvLines.filter((l) => l.startsWith('figure,')).length).toBe(statCount);
    expect(csvLines.filter((l) => l.startsWith('institution,')).length).toBe(orgCount);
    expect(csvLines.slice(1).every((l) => l.includes(url))).toBe(true);
    expect(json.figures).toHaveLength(statCount);
    expect(json.institutions).toHaveLength(orgCount);
    await panel.close();
    await page.close();
  });

  it('requests nothing from any host but the local test server', () => {
    expect(s.foreignRequests).toEqual([]);
  });
});
