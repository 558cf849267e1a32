import { describe, expect, it } from 'vitest';
import { createCostMeter } from '@/lib/content/cost-meter';
import { createPageSession, type SessionServices } from '@/lib/content/session';
import { detectCapture } from '@/lib/background/detection';
import type { PageCapture } from '@/lib/detect/capture';
import { extract } from '@/lib/extract';
import { unpackReport, type PageReport } from '@/lib/messaging/report';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';

const ARTICLE = `<h1>宁波警方开展网络安全专项检查</h1><div class="article"><p>近日，宁波市公安局网安支队走访辖区136家企业，排查隐患。</p>
<p>检查中发现问题隐患42个，已督促整改。宁波市公安局网安支队表示将持续开展检查。</p></div>`;

function fakeServices() {
  const calls = { detect: 0, extract: 0, reports: [] as PageReport[], captures: [] as PageCapture[] };
  const services: SessionServices = {
    convertTexts: async (texts) => texts,
    // As the background does: the capture arrives as JSON.
    detect: async (capture) => {
      calls.detect++;
      const sent = JSON.parse(JSON.stringify(capture)) as PageCapture;
      calls.captures.push(sent);
      return detectCapture(sent);
    },
    extractMentions: async (text) => {
      calls.extract++;
      return extract(text);
    },
    report: (r) => calls.reports.push(r),
  };
  return { services, calls };
}

/** The test environment's window document (the session needs a window), filled with the article. */
function page(): Document {
  document.title = '宁波警方开展网络安全专项检查';
  document.documentElement.setAttribute('lang', 'zh-CN');
  document.body.innerHTML = ARTICLE; // test markup, not page text
  return document;
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('a page session extracts its summary when asked, not at load', () => {
  it('classifies at load through the background, and extracts nothing until the summary is asked for', async () => {
    const { services, calls } = fakeServices();
    const controller = new AbortController();
    const session = createPageSession(page(), services, controller.signal, createCostMeter(), { ...DEFAULT_SETTINGS }, { knownChinese: true });
    await settle();
    expect(calls.detect).toBe(1);
    expect(calls.extract).toBe(0);
    const atLoad = session.report();
    expect(atLoad.hasChinese).toBe(true);
    expect(atLoad.extracted).toBe(false);
    expect(atLoad.mentions).toEqual([]);
    expect(atLoad.detection?.script).toBe('simplified');
    // The page sent its markup; the background read the article's title from it.
    const sent = calls.captures[0];
    expect(sent && 'html' in sent && sent.html.includes('<h1>宁波警方开展网络安全专项检查</h1>')).toBe(true);
    expect(atLoad.metadata?.title).toContain('宁波警方开展网络安全专项检查');

    const full = unpackReport(await session.fullReport());
    expect(calls.extract).toBe(1);
    expect(full.extracted).toBe(true);
    const texts = full.mentions.map((m) => m.text);
    expect(texts).toEqual(expect.arrayContaining(['宁波市公安局网安支队', '136家', '42个']));
    // Asked again: the mentions are current, nothing is extracted twice.
    await session.fullReport();
    expect(calls.extract).toBe(1);
    controller.abort();
  });

  it('takes the classification the loader already had instead of asking for it again, and its load cost', async () => {
    const { services, calls } = fakeServices();
    const doc = page();
    const verdict = detectCapture({ url: location.href, html: doc.documentElement.outerHTML });
    const controller = new AbortController();
    const known = { knownChinese: true, verdict: { url: location.href, verdict }, sessionId: 'loader-1', loadCostMs: 4.5 };
    const session = createPageSession(doc, services, controller.signal, createCostMeter(), { ...DEFAULT_SETTINGS }, known);
    await settle();
    expect(calls.detect).toBe(0);
    const report = session.report();
    expect(report.detection?.kind).toBe(verdict.kind);
    expect(report.metadata?.title).toContain('宁波警方开展网络安全专项检查');
    expect(report.session).toBe('loader-1');
    expect(report.costMs).toBe(4.5);
    controller.abort();
  });

  it('asks again when the page has moved to another address since the loader classified it', async () => {
    const { services, calls } = fakeServices();
    const doc = page();
    const verdict = detectCapture({ url: location.href, html: doc.documentElement.outerHTML });
    const controller = new AbortController();
    const known = { knownChinese: true, verdict: { url: `${location.href}#elsewhere-before`, verdict } };
    createPageSession(doc, services, controller.signal, createCostMeter(), { ...DEFAULT_SETTINGS }, known);
    await settle();
    expect(calls.detect).toBe(1);
    controller.abort();
  });

  it('turning highlights on asks for the mentions too', async () => {
    const { services, calls } = fakeServices();
    const controller = new AbortController();
    const session = createPageSession(page(), services, controller.signal, createCostMeter(), { ...DEFAULT_SETTINGS }, { knownChinese: true });
    await session.setHighlights(true);
    expect(calls.extract).toBe(1);
    expect(session.report().extracted).toBe(true);
    controller.abort();
  });
});

describe('a conversion asked for while the session is still starting', () => {
  it('waits for the start and is not mistaken for a page a gone instance converted', async () => {
    const { services } = fakeServices();
    // The start waits for the page's classification, held back here.
    let giveDetection: () => void = () => undefined;
    const detect = services.detect;
    services.detect = (capture) => new Promise((resolve) => (giveDetection = () => resolve(detect(capture))));
    services.convertTexts = async (texts) => texts.map((t) => t.replace(/网/g, '網'));
    const controller = new AbortController();
    const session = createPageSession(page(), services, controller.signal, createCostMeter(), { ...DEFAULT_SETTINGS }, { knownChinese: true });
    // The reader's toggle arrives before the classification did (the session was injected a moment ago).
    const converting = session.convert('tw');
    await settle();
    giveDetection();
    const state = await converting;
    expect(state.target).toBe('tw');
    await settle();
    expect(session.report().conversion.auto).toBeNull();
    expect(document.body.textContent).toContain('網安支队');
    // And it keeps converting what the page adds.
    const p = document.createElement('p');
    p.textContent = '网络安全宣传周';
    document.body.append(p);
    await settle();
    expect(p.textContent).toBe('網络安全宣传周');
    controller.abort();
    document.documentElement.removeAttribute('data-zhc-written');
  });
});
