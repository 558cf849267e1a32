// `node --import tsx --import ./scripts/register-raw.mjs scripts/detect-report.ts`
//   [--chromium]
// Runs the page detector (linkedom) over the detector's test fixtures and the demo pages, prints per-page
// results, per-class precision/recall for the page kind, article accuracy, and timing. With --chromium, also
// times detectPage inside headless Chromium (/usr/bin/chromium) on the same pages (lib/detect bundled with esbuild).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { detectPage } from '../lib/detect/index';
import type { PageKind } from '../lib/detect/types';

export interface LabelledCase {
  name: string;
  html: string;
  url: string;
  expect: { kind: PageKind; script: string; article: boolean };
}

export interface ClassFigures {
  kind: PageKind;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

const KINDS: readonly PageKind[] = ['government', 'press', 'other'];

/** Precision and recall per class from (expected, predicted) pairs. */
export function perClass(pairs: readonly { expected: PageKind; predicted: PageKind }[]): ClassFigures[] {
  return KINDS.map((kind) => {
    const tp = pairs.filter((p) => p.expected === kind && p.predicted === kind).length;
    const fp = pairs.filter((p) => p.expected !== kind && p.predicted === kind).length;
    const fn = pairs.filter((p) => p.expected === kind && p.predicted !== kind).length;
    return { kind, tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
  });
}

export function loadCases(root: string): LabelledCase[] {
  const out: LabelledCase[] = [];
  // cases.json: the development fixtures; holdout*.json: pages written after tuning, first run before any change.
  for (const [list, label] of [['cases.json', 'fixture'], ['holdout.json', 'holdout'], ['holdout2.json', 'holdout2']] as const) {
    const fixtures = JSON.parse(readFileSync(join(root, 'tests/fixtures/detect', list), 'utf8')) as {
      file: string; url: string; expect: LabelledCase['expect'];
    }[];
    for (const c of fixtures) {
      out.push({ name: `${label} ${c.file.replace(/^holdout2?\//, '')}`, html: readFileSync(join(root, 'tests/fixtures/detect', c.file), 'utf8'), url: c.url, expect: c.expect });
    }
  }
  const sites = JSON.parse(readFileSync(join(root, 'demo/sites.json'), 'utf8')) as {
    host: string; path: string; file: string; expect: LabelledCase['expect'];
  }[];
  for (const s of sites) {
    out.push({ name: `demo ${s.file}`, html: readFileSync(join(root, 'demo/pages', s.file), 'utf8'), url: `http://${s.host}${s.path}`, expect: s.expect });
  }
  return out;
}

/** Time detectPage in real Chromium: bundle lib/detect, load each page with setContent, run 50 times. */
async function timeInChromium(root: string, cases: readonly LabelledCase[]): Promise<void> {
  const esbuild = await import('esbuild');
  const { default: puppeteer } = await import('puppeteer-core');
  const bundle = await esbuild.build({
    entryPoints: [join(root, 'lib/detect/index.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'zhDetect',
    plugins: [{
      name: 'raw',
      setup(build) {
        build.onResolve({ filter: /\?raw$/ }, (a) => ({ path: join(a.resolveDir, a.path.slice(0, -4)), namespace: 'raw' }));
        build.onLoad({ filter: /.*/, namespace: 'raw' }, (a) => ({ contents: readFileSync(a.path, 'utf8'), loader: 'text' }));
      },
    }],
  });
  const code = bundle.outputFiles[0]?.text ?? '';
  // Demo pages are served by scripts/serve.mjs under their real host names (as in the e2e tests).
  const { startServer } = (await import('./serve.mjs')) as unknown as {
    startServer: () => Promise<{ sites: { host: string; path: string; file: string }[]; hosts: string[]; urlFor: (s: unknown) => string; close: () => Promise<void> }>;
  };
  const server = await startServer();
  const rules = [...server.hosts.map((h) => `MAP ${h} 127.0.0.1`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ');
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    pipe: true,
    args: ['--no-sandbox', '--disable-gpu', `--host-resolver-rules=${rules}`],
  });
  try {
    const page = await browser.newPage();
    const times: number[] = [];
    for (const c of cases) {
      const site = c.name.startsWith('demo ') ? server.sites.find((s) => `demo ${s.file}` === c.name) : undefined;
      if (site) await page.goto(server.urlFor(site), { waitUntil: 'load' });
      else await page.setContent(c.html, { waitUntil: 'load' });
      await page.addScriptTag({ content: code });
      const r = await page.evaluate((url: string) => {
        const api = (globalThis as unknown as { zhDetect: { detectPage: (d: Document, u: string) => { kind: string } } }).zhDetect;
        for (let i = 0; i < 20; i++) api.detectPage(document, url);
        const t0 = performance.now();
        let kind = '';
        for (let i = 0; i < 50; i++) kind = api.detectPage(document, url).kind;
        return { kind, ms: (performance.now() - t0) / 50 };
      }, site ? server.urlFor(site) : c.url);
      times.push(r.ms);
      const mark = r.kind === c.expect.kind ? 'ok  ' : 'MISS';
      process.stdout.write(`${mark} chromium ${c.name.padEnd(42)} ${r.kind.padEnd(10)} ${r.ms.toFixed(3)} ms\n`);
    }
    const sorted = [...times].sort((a, b) => a - b);
    process.stdout.write(`detectPage time (Chromium, mean of 50 runs after 20 warm-up runs per page): median ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(3)} ms, max ${(sorted[sorted.length - 1] ?? 0).toFixed(3)} ms\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  const root = process.cwd();
  const cases = loadCases(root);
  const pairs: { expected: PageKind; predicted: PageKind }[] = [];
  let articleOk = 0;
  let scriptOk = 0;
  const times: number[] = [];
  for (const c of cases) {
    const { document } = parseHTML(c.html);
    const doc = document as unknown as Document;
    detectPage(doc, c.url); // warm-up
    const runs = 20;
    const t0 = performance.now();
    let r = detectPage(doc, c.url);
    for (let i = 1; i < runs; i++) r = detectPage(doc, c.url);
    const ms = (performance.now() - t0) / runs;
    times.push(ms);
    pairs.push({ expected: c.expect.kind, predicted: r.kind });
    if (r.isArticle === c.expect.article) articleOk++;
    if (r.script === c.expect.script) scriptOk++;
    const mark = r.kind === c.expect.kind && r.isArticle === c.expect.article && r.script === c.expect.script ? 'ok  ' : 'MISS';
    process.stdout.write(`${mark} ${c.name.padEnd(42)} ${r.kind.padEnd(10)} ${r.confidence.toFixed(2)} ${r.script.padEnd(11)} article=${String(r.isArticle).padEnd(5)} ${ms.toFixed(2)} ms\n`);
  }
  const groups: [string, (name: string) => boolean][] = [
    ['fixtures (development)', (n) => n.startsWith('fixture ')],
    ['holdout (batch 1)', (n) => n.startsWith('holdout ')],
    ['holdout (batch 2)', (n) => n.startsWith('holdout2 ')],
    ['demo pages', (n) => n.startsWith('demo ')],
    ['all', () => true],
  ];
  for (const [label, keep] of groups) {
    const sel = pairs.filter((_, i) => keep(cases[i]?.name ?? ''));
    process.stdout.write(`\n${label} (${sel.length} pages)\nkind        precision  recall   (tp fp fn)\n`);
    for (const f of perClass(sel)) {
      process.stdout.write(`${f.kind.padEnd(11)} ${f.precision.toFixed(2).padStart(9)}  ${f.recall.toFixed(2).padStart(6)}   (${f.tp} ${f.fp} ${f.fn})\n`);
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  process.stdout.write(`\narticle/list correct: ${articleOk}/${cases.length}; script correct: ${scriptOk}/${cases.length}\n`);
  process.stdout.write(`detectPage time (linkedom, Node, mean of 20 warm runs per page): median ${median.toFixed(2)} ms, max ${(sorted[sorted.length - 1] ?? 0).toFixed(2)} ms\n`);
  if (process.argv.includes('--chromium')) await timeInChromium(root, cases);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  });
}
