// Where the long tasks of converting the 1,000,000-character benchmark page go: a trace of the
// page's main thread while the extension converts it, its longest tasks broken down by what ran
// in them (Layout, style, paint, the content script's JavaScript).
//   node scripts/trace-big-page.mjs [--extract] [--top=6]
// Needs a built extension (`npx wxt build`). --extract asks for the summary first (as an open
// panel would), so the conversion also re-shows 12,000 mentions.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeBigPage } from './big-page.mjs';
import { launchBrowser } from './browsers.mjs';
import { loadSites, startServer } from './serve.mjs';
import { busiestThread, recordTrace } from './trace.mjs';

const argv = process.argv.slice(2);
const TOP = Number(argv.find((a) => a.startsWith('--top='))?.slice(6) ?? 6);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The same page as `npm run bench` measures.
const { site } = writeBigPage(mkdtempSync(path.join(os.tmpdir(), 'zhc-trace-')));
const server = await startServer({ sites: [...loadSites(), site] });
const { browser, close } = await launchBrowser('chromium', { hosts: server.hosts, headless: true });
try {
  const worker = await (await browser.waitForTarget((t) => t.type() === 'service_worker')).worker();
  const automation = (m, ...a) => worker.evaluate((mm, aa) => globalThis.automation[mm](...aa), m, a);
  await sleep(1000);
  const url = server.urlFor(site);
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  let tabId = null;
  while (tabId === null) {
    tabId = await automation('findTab', url);
    if (tabId === null) await sleep(100);
  }
  if (argv.includes('--extract')) console.log(`mentions: ${(await automation('getPageReport', tabId)).mentions.length}`);
  await sleep(1000);
  const cdp = await page.createCDPSession();
  const { events } = await recordTrace(cdp, ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel'], async () => {
    const state = await automation('convertTab', tabId, 'tw');
    console.log(`pass: ${JSON.stringify(state.lastPass)}`);
    await sleep(500);
    // A hidden headless page may not have rendered the last writes yet: lay it out, as the bench does.
    await page.evaluate(() => document.body.offsetHeight);
  });
  const { slices: mine, tasks } = busiestThread(events);
  console.log(`tasks over 50 ms: ${tasks.filter((t) => t.dur > 50_000).length} of ${tasks.length}`);
  for (const t of tasks.sort((a, b) => b.dur - a.dur).slice(0, TOP)) {
    const parts = new Map();
    for (const k of mine) {
      if (k === t || k.ts < t.ts || k.ts + k.dur > t.ts + t.dur || !/^(Layout|UpdateLayoutTree|PrePaint|Paint|FunctionCall|RunMicrotasks|MajorGC|MinorGC|V8\.GC.*)$/.test(k.name)) continue;
      parts.set(k.name, (parts.get(k.name) ?? 0) + k.dur);
    }
    const what = [...parts].sort((a, b) => b[1] - a[1]).map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`).join(', ');
    console.log(`  ${(t.dur / 1000).toFixed(0).padStart(5)} ms: ${what}`);
  }
} finally {
  await close();
  await server.close();
}
