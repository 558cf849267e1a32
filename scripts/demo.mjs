// `npm run demo`: the extension at work on the bundled demo pages.
// With a display: opens Chromium with the extension on every demo page and waits (Ctrl-C to quit).
// With --headless, or when there is no display: drives the extension through the demo itself,
// toggles the script, opens the side panel, and writes screenshots and a JSON summary to a folder.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBrowsers, ensureNodeModules } from './ensure-env.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

ensureNodeModules();
ensureBrowsers();
console.log('[demo] building the extension…');
const build = spawnSync(path.join(root, 'node_modules/.bin/wxt'), ['build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const { startServer } = await import('./serve.mjs');
const { launchBrowser } = await import('./browsers.mjs');
const server = await startServer({ port: headless ? 0 : Number(process.env.PORT ?? 8377) });
const demoSites = server.sites.filter((s) => s.dir.endsWith(path.join('demo', 'pages')));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * A screenshot, tried again once: headless Chromium now and then refuses one while a page is busy
 * (a protocol error), and one lost picture must not end the demo. Says so when it gives up.
 */
async function screenshot(page, options) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await page.screenshot(options);
    } catch (err) {
      if (attempt >= 1) {
        console.warn(`[demo] no screenshot ${path.basename(options.path)}: ${err.message.split('\n')[0]}`);
        return null;
      }
      await sleep(500);
    }
  }
}

if (!headless) {
  const { browser, close } = await launchBrowser('chromium', { hosts: server.hosts, headless: false });
  for (const site of demoSites) {
    const page = await browser.newPage();
    await page.goto(server.urlFor(site));
  }
  console.log('[demo] Chromium is open on the demo pages:');
  for (const site of demoSites) console.log(`  ${server.urlFor(site)}`);
  console.log('[demo] click the extension button for the summary panel; Alt+Shift+T toggles the script. Ctrl-C quits.');
  const quit = async () => {
    await close().catch(() => undefined);
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', quit);
  browser.on('disconnected', quit);
} else {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const outDir = path.join(root, 'demo-output', stamp);
  mkdirSync(outDir, { recursive: true });
  const { browser, close } = await launchBrowser('chromium', { hosts: server.hosts, headless: true, windowSize: [1280, 900] });
  const summary = { generatedAt: new Date().toISOString(), browser: await browser.version(), pages: [] };
  try {
    const swTarget = await browser.waitForTarget((t) => t.type() === 'service_worker', { timeout: 15000 });
    const worker = await swTarget.worker();
    const automation = (method, ...args) => worker.evaluate((m, a) => globalThis.automation[m](...a), method, args);
    const [extension] = [...(await browser.extensions()).values()];
    for (const site of demoSites) {
      const url = server.urlFor(site);
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(url, { waitUntil: 'load' });
      let tabId = null;
      for (let i = 0; i < 50 && tabId === null; i++) {
        tabId = await automation('findTab', url);
        if (tabId === null) await sleep(100);
      }
      let report = null;
      for (let i = 0; i < 50 && !report; i++) {
        report = await automation('getPageReport', tabId);
        if (!report) await sleep(100);
      }
      await sleep(600); // let extraction land
      // A rolling feed keeps appending: show the panel once the feed is complete and the summary
      // has followed it (a refresh runs at most 2 s after the last change).
      const feed = await page.evaluate(() => document.body.hasAttribute('data-feed-count')).catch(() => false);
      if (feed) {
        await page.waitForSelector('body[data-feed-done]', { timeout: 15000 }).catch(() => undefined);
        await automation('getPageReport', tabId);
        await sleep(2500);
      }
      report = await automation('getPageReport', tabId);
      const base = site.file.replace(/\.html$/, '');
      await screenshot(page, { path: path.join(outDir, `${base}-original.png`) });
      const target = report?.detection?.script === 'traditional' ? 'cn' : 'tw';
      const t0 = Date.now();
      const state = await automation('convertTab', tabId, target);
      const convertMs = Date.now() - t0;
      await screenshot(page, { path: path.join(outDir, `${base}-${target}.png`) });
      let panelShot = null;
      const extraShots = [];
      if (report?.hasChinese) {
        await automation('setHighlights', tabId, true);
        const waiting = browser.waitForTarget((t) => t.url().includes('/sidepanel.html'), { timeout: 10000 }).catch(() => null);
        await page.bringToFront();
        await page.triggerExtensionAction(extension).catch(() => undefined);
        const panelTarget = await waiting;
        const panel = panelTarget ? await panelTarget.asPage() : null;
        if (panel) {
          await sleep(800);
          panelShot = `${base}-panel.png`;
          await screenshot(panel, { path: path.join(outDir, panelShot) });
          if (site.expect?.kind !== 'other') {
            // The panel in both themes and in Chinese and English, as readers see it.
            for (const theme of ['light', 'dark']) {
              for (const uiLanguage of ['zh-Hans', 'en']) {
                await automation('updateSettings', { theme, uiLanguage });
                await sleep(400);
                const shot = `${base}-panel-${theme}-${uiLanguage}.png`;
                await screenshot(panel, { path: path.join(outDir, shot), fullPage: true });
                extraShots.push(shot);
              }
            }
            await automation('updateSettings', { theme: 'auto', uiLanguage: 'auto' });
          }
          await panel.close().catch(() => undefined);
        }
        await screenshot(page, { path: path.join(outDir, `${base}-highlights.png`) });
        await automation('setHighlights', tabId, false);
      }
      await automation('restoreTab', tabId);
      const mentions = report?.mentions ?? [];
      summary.pages.push({
        url,
        file: site.file,
        expected: site.expect,
        detection: report?.detection ?? null,
        metadata: report?.metadata ?? null,
        conversion: { target, convertMs, written: state?.written ?? 0, pinyinArtifacts: state?.pinyinArtifacts ?? 0 },
        statistics: mentions.filter((m) => m.type === 'STAT').map((m) => ({ text: m.text, value: m.value, unit: m.unit, subject: m.subject })),
        organizations: [...new Set(mentions.filter((m) => m.type === 'ORG').map((m) => m.canonical ?? m.text))],
        screenshots: [`${base}-original.png`, `${base}-${target}.png`, ...(panelShot ? [panelShot, `${base}-highlights.png`] : []), ...extraShots],
      });
      console.log(`[demo] ${site.file}: ${report?.detection?.kind ?? (report?.hasChinese === false ? 'no Chinese text' : 'no report')} · ${mentions.length} mentions · converted to ${target} in ${convertMs} ms`);
      await page.close();
    }
  } finally {
    await close();
    await server.close();
  }
  writeFileSync(path.join(outDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`[demo] screenshots and summary.json written to ${path.relative(process.cwd(), outDir) || outDir}`);
}
