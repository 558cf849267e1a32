import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_KINDS, startSession, waitFor, type E2ESession, type Site } from './support/session';

interface Report {
  hasChinese: boolean;
  detection: { kind: string; script: string; confidence: number; isArticle: boolean; evidence: { id: string }[] } | null;
  metadata: { title: string | null; published: string | null; url: string | null } | null;
}

describe.each(BROWSER_KINDS)('page detection in %s', (kind) => {
  let s: E2ESession;
  let sites: Site[];
  beforeAll(async () => {
    s = await startSession(kind);
    sites = s.server.sites.filter((site) => site.expect);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('classes every demo page as expected, with evidence, script and a badge on news pages', async () => {
    const seen: string[] = [];
    for (const site of sites) {
      const { page, tabId } = await s.open(site.file);
      const report = await waitFor(() => s.automation<Report | null>('getPageReport', tabId));
      const expected = site.expect!;
      if (expected.script === 'none') {
        expect(report.hasChinese, site.file).toBe(false);
        expect(await s.automation<string>('getBadge', tabId)).toBe('');
      } else {
        expect(report.detection?.kind, site.file).toBe(expected.kind);
        expect(report.detection?.script, site.file).toBe(expected.script);
        expect(report.detection?.isArticle, site.file).toBe(expected.article);
        expect(report.detection!.evidence.length, site.file).toBeGreaterThan(0);
        const badge = await waitFor(async () => {
          const b = await s.automation<string>('getBadge', tabId);
          return expected.kind === 'other' ? b === '' ? 'none' : null : b || null;
        });
        expect(badge === 'none', site.file).toBe(expected.kind === 'other');
      }
      if (expected.article) expect(report.metadata?.title, site.file).toBeTruthy();
      seen.push(site.file);
      await page.close();
    }
    expect(seen.length).toBe(sites.length);
  });

  it('leaves a page without Chinese text dormant until it is asked something, then answers', async () => {
    const { page, tabId } = await s.open('english.html');
    const chinese = await s.open('gov-police-ningbo.html');
    await waitFor(() => s.automation<Report | null>('getPageReport', chinese.tabId));
    // The Chinese page listens from the start; the English one only once the background wakes it.
    expect(await s.automation<boolean>('listening', chinese.tabId)).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    // Firefox opens the extension's sidebar at install, and an open panel asks the active tab for
    // its report, which wakes it: only Chromium (no panel open) shows the page untouched.
    if (kind === 'chromium') expect(await s.automation<boolean>('listening', tabId)).toBe(false);
    const report = await s.automation<(Report & { session: string }) | null>('getPageReport', tabId);
    expect(report?.hasChinese).toBe(false);
    expect(report?.session).toBe('quiet');
    expect(await s.automation<boolean>('listening', tabId)).toBe(true);
    // A toggle on a dormant page is answered too (the page has nothing to convert).
    const other = await s.open('english.html');
    const state = await s.automation<{ target: string | null } | null>('convertTab', other.tabId, 'tw');
    expect(state?.target).toBe('tw');
    for (const p of [page, chinese.page, other.page]) await p.close();
  });

  // Chromium only: the test watches which scripts the page's renderer parses (DevTools protocol).
  it.runIf(kind === 'chromium')('classifies a news page read as it is without loading the session, which comes with a toggle', async () => {
    const url = s.server.urlFor(s.site('press-ningbo.html'));
    const page = await s.browser.newPage();
    const cdp = await page.createCDPSession();
    const parsed: string[] = [];
    cdp.on('Debugger.scriptParsed', (e: { url: string }) => parsed.push(e.url));
    await cdp.send('Debugger.enable');
    await page.goto(url, { waitUntil: 'load' });
    const tabId = await waitFor(() => s.automation<number | null>('findTab', url));
    // The badge comes from the classification of the markup the loader sent.
    expect(await waitFor(() => s.automation<string>('getBadge', tabId))).not.toBe('');
    await new Promise((r) => setTimeout(r, 500));
    expect(parsed.some((u) => u.endsWith('/loader.js'))).toBe(true);
    expect(parsed.filter((u) => u.endsWith('/session.js'))).toEqual([]);
    const state = await s.automation<{ target: string | null } | null>('convertTab', tabId, 'tw');
    expect(state?.target).toBe('tw');
    expect(parsed.filter((u) => u.endsWith('/session.js'))).toHaveLength(1);
    // The session reuses the loader's classification: the report says what the badge said.
    const report = await s.automation<Report | null>('getPageReport', tabId);
    expect(report?.detection?.kind).toBe('press');
    await page.close();
  });

  it('picks up Chinese text a page adds after load, at its later re-checks', async () => {
    const { page, tabId } = await s.open('english.html');
    const t0 = Date.now();
    // Past the first re-check (1.5 s): only the second (5 s) can see it.
    await new Promise((r) => setTimeout(r, 2200));
    await page.evaluate(() => {
      for (let i = 0; i < 3; i++) {
        const p = document.createElement('p');
        p.textContent = '市公安局网络安全保卫支队今年以来共侦破电信网络诈骗案件一百二十起，挽回群众损失三百万元。';
        document.querySelector('article')!.append(p);
      }
    });
    const after = await waitFor(async () => {
      const r = await s.automation<Report | null>('getPageReport', tabId);
      return r?.hasChinese ? r : null;
    }, 10_000);
    expect(after.detection?.script).toBe('simplified');
    expect(Date.now() - t0).toBeGreaterThan(4500);
    await page.close();
  });

  it('picks up a single-page app that navigates to a Chinese article long after load', async () => {
    const { page, tabId } = await s.open('spa-late-chinese.html');
    const before = await waitFor(() => s.automation<Report | null>('getPageReport', tabId));
    expect(before.hasChinese).toBe(false);
    // Past the timed re-checks (1.5 s and 5 s): only the navigation itself can wake the extension.
    await new Promise((r) => setTimeout(r, 5600));
    await page.evaluate(() => (window as unknown as { goToArticle(): void }).goToArticle());
    const after = await waitFor(async () => {
      const r = await s.automation<(Report & { mentions: { text: string }[] }) | null>('getPageReport', tabId);
      return r && r.hasChinese && r.mentions.some((m) => m.text === '1.8亿余条') ? r : null;
    }, 15_000);
    expect(after.detection?.script).toBe('simplified');
    await page.close();
  });

  it('requests nothing from any host but the local test server', () => {
    expect(s.foreignRequests).toEqual([]);
  });
});
