// `npm run bench`: speed and memory in real headless Chromium, each figure beside its reference
// measured in the same run (opencc-js for conversion; writing every text node once for the floor).
//   npm run bench [-- --runs=7 --only=toggle,big,heap,load,extract --no-build --extension=DIR]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowsers, ensureNodeModules } from './ensure-env.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const RUNS = Number(argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 7);
// --only=toggle,big,heap,load,extract runs some sections (all by default).
const ONLY = argv.find((a) => a.startsWith('--only='))?.slice(7).split(',') ?? null;
const want = (section) => ONLY === null || ONLY.includes(section);
// --extension=DIR measures another build of the extension (e.g. an older commit's .output/chrome-mv3).
const EXTENSION_DIR = argv.find((a) => a.startsWith('--extension='))?.slice(12);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// The middle value; for an even count the mean of the two middle ones (not the upper one).
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const f1 = (x) => (x === null || x === undefined ? 'n/a' : x.toFixed(1));

ensureNodeModules();
ensureBrowsers();
if (!argv.includes('--no-build') && !EXTENSION_DIR) {
  const build = spawnSync(path.join(root, 'node_modules/.bin/wxt'), ['build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const { startServer, loadSites } = await import('./serve.mjs');
const { launchBrowser } = await import('./browsers.mjs');
const { busiestThread, recordTrace } = await import('./trace.mjs');

// The 1,000,000-character page (scripts/big-page.mjs) and an English page, in one folder.
const { BIG_PAGE, seedText: readSeedText, writeBigPage } = await import('./big-page.mjs');
const seedText = readSeedText();
const bigDir = mkdtempSync(path.join(os.tmpdir(), 'zhc-bench-'));
const PARAS = BIG_PAGE.paragraphs;
const TARGET_CHARS = BIG_PAGE.chars;
const { site: bigSite, han } = writeBigPage(bigDir, seedText);
writeFileSync(path.join(bigDir, 'plain.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain</title></head><body>${'<p>Nothing Chinese here, just an ordinary English page with some paragraphs.</p>'.repeat(300)}</body></html>`);
const sites = [
  ...loadSites(),
  bigSite,
  { host: 'www.example-plain.org', path: '/plain.html', file: 'plain.html', dir: bigDir },
];
const server = await startServer({ sites });
const openccSource = readFileSync(path.join(root, 'node_modules/opencc-js/dist/umd/full.js'), 'utf8');

const NEWS_PAGES = ['gov-police-ningbo.html', 'press-city-daily.html', 'press-ningbo.html', 'press-beilun.html'];
const results = { date: new Date().toISOString(), runs: RUNS };
const { browser, close } = await launchBrowser('chromium', { hosts: server.hosts, headless: true, extensionDir: EXTENSION_DIR ? path.resolve(EXTENSION_DIR) : undefined });
try {
  const sw = await browser.waitForTarget((t) => t.type() === 'service_worker', { timeout: 15000 });
  const worker = await sw.worker();
  // The worker's target appears before its script has run: wait for the automation global.
  for (let i = 0; i < 100 && !(await worker.evaluate(() => typeof globalThis.automation === 'object')); i++) await sleep(50);
  const automation = (m, ...a) => worker.evaluate((mm, aa) => globalThis.automation[mm](...aa), m, a);
  const site = (file) => sites.find((s) => s.file === file);

  async function openPage(file) {
    const url = server.urlFor(site(file));
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    let tabId = null;
    for (let i = 0; i < 100 && tabId === null; i++) {
      tabId = await automation('findTab', url);
      if (tabId === null) await sleep(50);
    }
    let report = null;
    for (let i = 0; i < 100 && !report; i++) {
      report = await automation('getPageReport', tabId);
      if (!report) await sleep(50);
    }
    await sleep(300);
    return { page, tabId, url };
  }

  /** opencc-js baseline in the page: build the converter on demand, convert each visible text node. */
  async function baselineToggle(page) {
    await page.evaluate(openccSource);
    return page.evaluate(() => {
      const t0 = performance.now();
      const convert = window.OpenCC.Converter({ from: 'cn', to: 'tw' });
      const built = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (/^(SCRIPT|STYLE|NOSCRIPT|TEXTAREA|CODE|PRE)$/.test(n.parentElement?.tagName ?? '') ? 2 : 1),
      });
      const nodes = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
      const originals = nodes.map((n) => n.data);
      for (const n of nodes) {
        const next = convert(n.data);
        if (next !== n.data) n.data = next;
      }
      const done = performance.now();
      nodes.forEach((n, i) => {
        n.data = originals[i];
      });
      return { totalMs: done - t0, buildMs: built - t0 };
    });
  }

  // 1. Toggle to fully converted on the news fixtures, dictionary load included. Ours is timed two
  // ways: end to end from the driver (CDP → background → content script → back), and in the page
  // (the content script's pass, like the baseline's in-page timing).
  if (want('toggle')) {
  const toggle = [];
  // Every timed toggle (ours and the baseline) starts from an idle page and extension, as a
  // reader's does: what the previous step left running (the page's report after a restore, its
  // re-shown summary, the background's handling of it) is not the toggle's cost. Back to back, a
  // cold toggle measured 24-57 ms in a probe, 15-24 ms after a pause of 500 ms.
  const SETTLE_MS = 500;
  const timed = async (tabId) => {
    await sleep(SETTLE_MS);
    const t0 = performance.now();
    const state = await automation('convertTab', tabId, 'tw');
    return { e2e: performance.now() - t0, page: state?.lastPass?.totalMs ?? NaN };
  };
  for (const file of NEWS_PAGES) {
    const cold = [];
    const warm = [];
    const first = [];
    const fresh = [];
    const base = [];
    const baseBuild = [];
    for (let i = 0; i < RUNS; i++) {
      // The coldest toggle: a fresh page (the content script's conversion code never run, no port
      // open) whose dictionary is not loaded (the load-time prefetch dropped), as after the service
      // worker was stopped while the reader read.
      const opened = await openPage(file);
      await automation('dropCaches');
      fresh.push(await timed(opened.tabId));
      await opened.page.close();
      // A fresh load: the background has had the page's report, as a reader's first toggle would.
      const { page, tabId } = await openPage(file);
      first.push(await timed(tabId));
      await automation('restoreTab', tabId);
      await automation('dropCaches');
      cold.push(await timed(tabId));
      await automation('restoreTab', tabId);
      warm.push(await timed(tabId));
      await automation('restoreTab', tabId);
      await sleep(SETTLE_MS);
      const b = await baselineToggle(page);
      base.push(b.totalMs);
      baseBuild.push(b.buildMs);
      await page.close();
    }
    const row = {
      page: file,
      coldPageMs: median(cold.map((c) => c.page)),
      coldE2eMs: median(cold.map((c) => c.e2e)),
      firstPageMs: median(first.map((c) => c.page)),
      freshPageMs: median(fresh.map((c) => c.page)),
      freshE2eMs: median(fresh.map((c) => c.e2e)),
      warmPageMs: median(warm.map((c) => c.page)),
      warmE2eMs: median(warm.map((c) => c.e2e)),
      openccMs: median(base),
      openccBuildMs: median(baseBuild),
    };
    row.ratioCold = row.openccMs / row.coldPageMs;
    row.ratioColdE2e = row.openccMs / row.coldE2eMs;
    row.ratioWarm = row.openccMs / row.warmPageMs;
    row.ratioFresh = row.openccMs / row.freshPageMs;
    row.ratioFreshE2e = row.openccMs / row.freshE2eMs;
    toggle.push(row);
  }
  results.toggle = toggle;
  results.toggleMedianRatioCold = median(toggle.map((r) => r.ratioCold));
  results.toggleMedianRatioColdE2e = median(toggle.map((r) => r.ratioColdE2e));
  results.toggleMedianRatioWarm = median(toggle.map((r) => r.ratioWarm));
  results.toggleMedianRatioFresh = median(toggle.map((r) => r.ratioFresh));
  results.toggleMedianRatioFreshE2e = median(toggle.map((r) => r.ratioFreshE2e));
  }

  // 2. The 1,000,000-character page: main-thread time vs writing every text node once; long tasks.
  /**
   * Main-thread time of `action` (the renderer's TaskDuration), and its tasks from a trace: the
   * longest, what filled it (layout or script), and how many ran over 50 ms. A trace, because the
   * Long Tasks API missed the rendering tasks that make most of the long ones here.
   */
  async function mainThreadMs(page, session, action) {
    // Start from a laid-out, idle page; end with one forced layout, so both sides pay exactly the
    // layouts their writes cause.
    await page.evaluate(() => document.body.offsetHeight);
    await sleep(500);
    const metric = async () => (await session.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
    const { events, result: [before, after] } = await recordTrace(session, ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'toplevel'], async () => {
      const start = await metric();
      await action();
      await page.evaluate(() => document.body.offsetHeight);
      return [start, await metric()];
    });
    const { slices: onMain, tasks } = busiestThread(events);
    const longest = tasks.reduce((a, b) => (b.dur > (a?.dur ?? -1) ? b : a), null);
    let filledBy = '';
    if (longest) {
      const inside = (k) => k !== longest && k.ts >= longest.ts && k.ts + k.dur <= longest.ts + longest.dur;
      const sum = (re) => onMain.filter((k) => inside(k) && re.test(k.name)).reduce((n, k) => n + k.dur, 0);
      const layout = sum(/^(Layout|UpdateLayoutTree|PrePaint|Paint)$/);
      const script = sum(/^(FunctionCall|RunMicrotasks|EvaluateScript)$/);
      filledBy = layout >= script ? `layout ${(layout / 1000).toFixed(0)} ms` : `script ${(script / 1000).toFixed(0)} ms`;
    }
    return {
      ms: (after - before) * 1000,
      longest: longest ? longest.dur / 1000 : 0,
      longestFilledBy: filledBy,
      over50: tasks.filter((t) => t.dur > 50_000).length,
    };
  }
  if (want('big')) {
  const big = { paragraphs: PARAS, hanChars: han, runs: [] };
  for (let i = 0; i < Math.max(1, Math.min(3, RUNS)); i++) {
    const { page: floorPage } = await openPage('big.html');
    const floorSession = await floorPage.createCDPSession();
    await floorSession.send('Performance.enable');
    const floor = await mainThreadMs(floorPage, floorSession, () =>
      floorPage.evaluate(() => {
        // The floor: write every text node once with a same-length different text.
        const ps = document.body.getElementsByTagName('p');
        for (let k = 0; k < ps.length; k++) {
          const t = ps[k].firstChild;
          t.data = t.data.split('').reverse().join('');
        }
      }),
    );
    await floorPage.close();
    const { page, tabId } = await openPage('big.html');
    // Let the load-time work (detection, extraction of a million characters) finish first.
    for (let k = 0; k < 100; k++) {
      const r = await automation('getPageReport', tabId);
      if (r?.mentions?.length) break;
      await sleep(100);
    }
    const session = await page.createCDPSession();
    await session.send('Performance.enable');
    await automation('dropCaches');
    const ours = await mainThreadMs(page, session, () => automation('convertTab', tabId, 'tw'));
    const check = await page.evaluate(() => document.body.innerText.includes('网络') ? 'unconverted text left' : 'ok');
    big.runs.push({
      floorMs: floor.ms,
      oursMs: ours.ms,
      ratio: ours.ms / floor.ms,
      longestTaskMs: ours.longest,
      longestTaskFilledBy: ours.longestFilledBy,
      tasksOver50: ours.over50,
      floorLongestTaskMs: floor.longest,
      check,
    });
    await page.close();
  }
  big.medianRatio = median(big.runs.map((r) => r.ratio));
  big.maxLongestTaskMs = Math.max(...big.runs.map((r) => r.longestTaskMs));
  results.bigPage = big;
  }

  // 3. JS heap added by conversion (content-script world shares the page's heap): ours vs opencc-js.
  if (want('heap')) {
  const heap = [];
  for (const file of NEWS_PAGES.slice(0, 2)) {
    const { page, tabId } = await openPage(file);
    const session = await page.createCDPSession();
    await session.send('Performance.enable');
    const used = async () => {
      await session.send('HeapProfiler.collectGarbage');
      return (await session.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize').value;
    };
    const h0 = await used();
    await automation('convertTab', tabId, 'tw');
    const h1 = await used();
    await automation('restoreTab', tabId);
    await page.evaluate(openccSource);
    const h2 = await used();
    await page.evaluate(() => {
      window.__keep = window.OpenCC.Converter({ from: 'cn', to: 'tw' });
      window.__keep('网络');
    });
    const h3 = await used();
    heap.push({ page: file, oursMb: (h1 - h0) / 1e6, openccMb: (h3 - h2) / 1e6 });
    await page.close();
  }
  results.heap = heap;
  }

  // 4. Page-load cost of the content script when nothing is asked of it: the content script's own
  // meter (costMs, from its entry function on), and a trace of the page's main thread, which also
  // sees the evaluation of the script itself (every page pays it, Chinese or not).
  async function tracedLoad(file, { inBrowser = browser, ours: withReport = true } = {}) {
    const url = server.urlFor(site(file));
    const page = await inBrowser.newPage();
    const cdp = await page.createCDPSession();
    const { events, result: tabId } = await recordTrace(cdp, ['devtools.timeline', 'v8.execute'], async () => {
      await page.goto(url, { waitUntil: 'load' });
      let found = null;
      for (let i = 0; withReport && i < 100 && found === null; i++) {
        found = await automation('findTab', url);
        if (found === null) await sleep(50);
      }
      await sleep(1000);
      return found;
    });
    // Slices of the page's main thread (the one that evaluated the content script: the trace also
    // holds other processes, such as an extension page) that run extension code (script
    // evaluation, callbacks, timers, events), nested ones counted once.
    const loader = events.find((e) => e.name === 'EvaluateScript' && /\/loader\.js/.test(e.args?.data?.url ?? ''));
    const onPageThread = (e) => loader !== undefined && e.pid === loader.pid && e.tid === loader.tid;
    const ours = events
      .filter((e) => e.ph === 'X' && onPageThread(e) && /^(EvaluateScript|FunctionCall|TimerFire|EventDispatch|v8\.run|V8\.Execute|RunMicrotasks)$/.test(e.name) && JSON.stringify(e.args ?? {}).includes('extension://'))
      .sort((a, b) => a.ts - b.ts);
    let traceMs = 0;
    let end = -1;
    for (const e of ours) {
      if (e.ts < end) continue;
      traceMs += (e.dur ?? 0) / 1000;
      end = e.ts + (e.dur ?? 0);
    }
    const report = withReport ? await automation('getPageReport', tabId) : null;
    await page.close();
    return { traceMs, costMs: report?.costMs ?? NaN, detectMs: report?.detectMs ?? NaN };
  }
  /**
   * The reference for the traced figure: the least a content script doing this job must do, i.e.
   * read the page's text once and listen for messages, as the only content script of another
   * browser (same machine, same pages, same trace).
   */
  async function floorLoads(files) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'zhc-floor-ext-'));
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({
      manifest_version: 3, name: 'floor', version: '1',
      content_scripts: [{ matches: ['http://*/*', 'https://*/*'], all_frames: true, run_at: 'document_idle', js: ['loader.js'] }],
    }));
    writeFileSync(path.join(dir, 'loader.js'), '(() => { const text = document.body ? document.body.textContent : ""; chrome.runtime.onMessage.addListener(() => undefined); return text.length; })();\n');
    const floor = await launchBrowser('chromium', { hosts: server.hosts, headless: true, extensionDir: dir });
    try {
      const out = new Map();
      for (const file of files) {
        const runs = [];
        for (let i = 0; i < Math.max(3, RUNS); i++) runs.push((await tracedLoad(file, { inBrowser: floor.browser, ours: false })).traceMs);
        out.set(file, median(runs));
      }
      return out;
    } finally {
      await floor.close();
    }
  }
  if (want('load')) {
  const load = [];
  for (const file of ['plain.html', 'english.html', ...NEWS_PAGES]) {
    const runs = [];
    for (let i = 0; i < Math.max(3, RUNS); i++) runs.push(await tracedLoad(file));
    load.push({
      page: file,
      costMs: median(runs.map((r) => r.costMs)),
      detectMs: median(runs.map((r) => r.detectMs)),
      traceMs: median(runs.map((r) => r.traceMs)),
      limitMs: file === 'plain.html' || file === 'english.html' ? 2 : 10,
    });
  }
  const floor = await floorLoads(load.map((r) => r.page));
  for (const r of load) r.floorTraceMs = floor.get(r.page);
  results.pageLoad = load;
  }

  // 5. Extraction, in the background (off the page's main thread).
  if (want('extract')) {
  const article = readFileSync(path.join(root, 'tests/fixtures/seeds/000_794005243a39c730.txt'), 'utf8');
  const million = seedText.repeat(Math.ceil(TARGET_CHARS / seedText.length)).slice(0, TARGET_CHARS);
  results.extraction = {
    typical: { chars: article.length, ...(await automation('measureExtraction', article, 15)), limitMs: 20 },
    million: { chars: million.length, ...(await automation('measureExtraction', million, 3)), limitMs: 1000 },
  };
  }
} finally {
  await close();
  await server.close();
}

// Report.
const out = [];
out.push(`Benchmark, headless Chromium, ${RUNS} runs each (medians)`);
out.push('');
if (results.toggle) {
out.push('1. Toggle to fully converted (cn → tw); ours in the page / end to end from the driver');
out.push('   cold: dictionary dropped, page converted once before; fresh page: dictionary dropped, first toggle of a fresh page');
out.push('   (its end to end includes loading the session into the page, which a page only read never loads)');
out.push('   page                        cold (dict load)     fresh page           first after load   warm              opencc-js (its build)   cold ratio page/e2e   fresh page/e2e    warm ratio');
for (const r of results.toggle) {
  out.push(`   ${r.page.padEnd(27)} ${f1(r.coldPageMs).padStart(6)} / ${f1(r.coldE2eMs).padStart(6)} ms   ${f1(r.freshPageMs).padStart(6)} / ${f1(r.freshE2eMs).padStart(6)} ms    ${f1(r.firstPageMs).padStart(6)} ms          ${f1(r.warmPageMs).padStart(5)} / ${f1(r.warmE2eMs).padStart(5)} ms   ${f1(r.openccMs).padStart(6)} ms (${f1(r.openccBuildMs)})   ${(r.ratioCold.toFixed(1) + '×').padStart(7)} / ${(r.ratioColdE2e.toFixed(1) + '×').padStart(6)}   ${(r.ratioFresh.toFixed(1) + '×').padStart(6)} / ${(r.ratioFreshE2e.toFixed(1) + '×').padStart(6)}   ${(r.ratioWarm.toFixed(1) + '×').padStart(7)}`);
}
out.push(`   median speed-up vs opencc-js, dictionary load included: ${results.toggleMedianRatioCold.toFixed(1)}× in the page, ${results.toggleMedianRatioColdE2e.toFixed(1)}× end to end, ${results.toggleMedianRatioFresh.toFixed(1)}× / ${results.toggleMedianRatioFreshE2e.toFixed(1)}× on a fresh page (target ≥ 7×); warm ${results.toggleMedianRatioWarm.toFixed(1)}×`);
out.push('');
}
if (results.bigPage) {
out.push(`2. ${results.bigPage.hanChars.toLocaleString('en')} Han characters in ${results.bigPage.paragraphs.toLocaleString('en')} paragraphs`);
for (const r of results.bigPage.runs) {
  out.push(`   main thread: ours ${f1(r.oursMs)} ms vs floor (write every node once) ${f1(r.floorMs)} ms → ${r.ratio.toFixed(2)}× (target ≤ 3×); longest task ${f1(r.longestTaskMs)} ms, mostly ${r.longestTaskFilledBy}, ${r.tasksOver50} tasks over 50 ms (floor's longest ${f1(r.floorLongestTaskMs)} ms; target ≤ 50 ms); ${r.check}`);
}
out.push('');
}
if (results.heap) {
out.push('3. JS heap added to the page by conversion');
for (const r of results.heap) out.push(`   ${r.page.padEnd(28)} ours ${r.oursMb.toFixed(2)} MB vs opencc-js converter ${r.openccMb.toFixed(2)} MB (target ≤ 8 MB)`);
out.push('');
}
if (results.pageLoad) {
out.push('4. Content-script main-thread cost at page load, nothing asked: its own meter / traced (script evaluation included); of it, detection (own meter);');
out.push('   the traced floor: a content script that only reads the page text once and listens for messages');
for (const r of results.pageLoad) {
  const detectLimit = r.limitMs === 2 ? 'no measurable work' : 'limit 5 ms';
  out.push(`   ${r.page.padEnd(28)} ${r.costMs.toFixed(2)} ms / ${r.traceMs.toFixed(2)} ms (limit ${r.limitMs} ms; floor ${f1(r.floorTraceMs)} ms traced, ${(r.traceMs / r.floorTraceMs).toFixed(1)}×); detection ${r.detectMs.toFixed(2)} ms (${detectLimit})`);
}
out.push('');
}
const ex = results.extraction;
if (ex) {
out.push('5. Extraction in the background');
out.push(`   typical article (${ex.typical.chars} chars): ${ex.typical.medianMs.toFixed(1)} ms, ${ex.typical.mentions} mentions (limit 20 ms)`);
out.push(`   ${ex.million.chars.toLocaleString('en')} chars: ${ex.million.medianMs.toFixed(0)} ms, ${ex.million.mentions} mentions (limit 1000 ms)`);
}
const text = out.join('\n');
console.log(`\n${text}`);
mkdirSync(path.join(root, 'bench-output'), { recursive: true });
writeFileSync(path.join(root, 'bench-output/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(path.join(root, 'bench-output/latest.txt'), `${text}\n`);
