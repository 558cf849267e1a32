// Where the content script's time goes: a CPU profile of the page's renderer (content-script world
// included) while a page loads, or while the background converts it, summarized by function.
//   node scripts/bench-profile.mjs [--page=press-ningbo.html] [--action=load|toggle] [--top=30] [--runs=3]
// Needs a built extension (`npx wxt build`). Prints self and total time per function of the
// extension's own scripts (and the top functions overall), summed over the runs.
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, fallback) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const PAGE = opt('page', 'press-ningbo.html');
const ACTION = opt('action', 'load');
const TOP = Number(opt('top', 30));
const RUNS = Number(opt('runs', 3));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const { startServer, loadSites } = await import('./serve.mjs');
const { launchBrowser } = await import('./browsers.mjs');
const sites = loadSites();
const server = await startServer({ sites });
const site = sites.find((s) => s.file === PAGE);
if (!site) throw new Error(`no site serves ${PAGE}`);
const { browser, close } = await launchBrowser('chromium', { hosts: server.hosts, headless: true });

/** Self time per node, then per function (name + url + line). */
function summarize(profile, into) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + (dt[i + 1] ?? 0) / 1000);
  }
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber + 1}`;
  for (const [id, ms] of self) {
    const n = byId.get(id);
    const k = keyOf(n);
    const rec = into.get(k) ?? { self: 0, total: 0 };
    rec.self += ms;
    into.set(k, rec);
    // Total: add to each distinct function on the stack once.
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const key = keyOf(byId.get(cur));
      if (seen.has(key)) continue;
      seen.add(key);
      const r = into.get(key) ?? { self: 0, total: 0 };
      r.total += ms;
      into.set(key, r);
    }
  }
}

const totals = new Map();
const bgTotals = new Map();
try {
  const sw = await browser.waitForTarget((t) => t.type() === 'service_worker', { timeout: 15000 });
  const worker = await sw.worker();
  const automation = (m, ...a) => worker.evaluate((mm, aa) => globalThis.automation[mm](...aa), m, a);
  const url = server.urlFor(site);
  // The background (service worker): where a toggle's conversion runs.
  const bg = await sw.createCDPSession();
  await bg.send('Profiler.enable');
  await bg.send('Profiler.setSamplingInterval', { interval: 50 });
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    let tabId = null;
    if (ACTION === 'load') {
      await cdp.send('Profiler.start');
      await page.goto(url, { waitUntil: 'load' });
      await sleep(1500);
    } else {
      await page.goto(url, { waitUntil: 'load' });
      for (let i = 0; i < 100 && tabId === null; i++) {
        tabId = await automation('findTab', url);
        if (tabId === null) await sleep(50);
      }
      await sleep(1000);
      await automation('dropCaches');
      await cdp.send('Profiler.start');
      await bg.send('Profiler.start');
      await automation('convertTab', tabId, 'tw');
      await sleep(300);
      const { profile: bgProfile } = await bg.send('Profiler.stop');
      summarize(bgProfile, bgTotals);
    }
    const { profile } = await cdp.send('Profiler.stop');
    mkdirSync(path.join(root, 'bench-output'), { recursive: true });
    writeFileSync(path.join(root, `bench-output/profile-${ACTION}-${run}.cpuprofile`), JSON.stringify(profile));
    summarize(profile, totals);
    const report = tabId === null ? null : await automation('getPageReport', tabId);
    if (report) console.log(`run ${run}: costMs ${report.costMs}, lastPass ${JSON.stringify(report.conversion.lastPass)}`);
    await page.close();
  }
} finally {
  await close();
  await server.close();
}
if (bgTotals.size > 0) {
  console.log(`\nbackground, per run, ms: self total  function`);
  const bgRows = [...bgTotals].filter(([k]) => !/^\((idle|program|root)\)/.test(k));
  for (const [k, r] of bgRows.sort((a, b) => b[1].total - a[1].total).slice(0, TOP)) console.log(`${(r.self / RUNS).toFixed(2).padStart(8)} ${(r.total / RUNS).toFixed(2).padStart(8)}  ${k}`);
}
const rows = [...totals].filter(([k]) => !/^\((idle|program|garbage collector|root)\)/.test(k));
const fmt = ([k, r]) => `${(r.self / RUNS).toFixed(2).padStart(8)} ${(r.total / RUNS).toFixed(2).padStart(8)}  ${k}`;
console.log(`\nper run, ms: self total  function  (${PAGE}, ${ACTION}, ${RUNS} runs)`);
console.log('-- by self time');
for (const row of rows.sort((a, b) => b[1].self - a[1].self).slice(0, TOP)) console.log(fmt(row));
console.log('-- by total time, extension scripts');
for (const row of rows.filter(([k]) => /content\.js|chunk/.test(k)).sort((a, b) => b[1].total - a[1].total).slice(0, TOP)) console.log(fmt(row));
for (const k of ['(garbage collector)', '(program)']) if (totals.has(k)) console.log(fmt([k, totals.get(k)]));
