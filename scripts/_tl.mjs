import { startServer, loadSites } from './serve.mjs';
import { launchBrowser } from './browsers.mjs';
const sites = loadSites();
const server = await startServer({ sites });
const { browser, close } = await launchBrowser('chromium', { hosts: server.hosts, headless: true });
await new Promise((r) => setTimeout(r, 1500));
const file = process.argv[2] ?? 'english.html';
for (let run = 0; run < 4; run++) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8.execute', 'v8'] }, transferMode: 'ReportEvents' });
  await page.goto(server.urlFor(sites.find((s) => s.file === file)), { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 1000));
  await cdp.send('Tracing.end'); await complete;
  const ext = events.filter((e) => e.ph === 'X' && JSON.stringify(e.args ?? {}).includes('extension://'));
  const line = ext.filter((e) => e.dur > 200).map((e) => `${e.name}:${(e.dur / 1000).toFixed(1)}${e.args?.data?.functionName ? '(' + e.args.data.functionName + ')' : ''}`).join(' ');
  // nested v8 compile events inside the EvaluateScript
  const ev = ext.find((e) => e.name === 'EvaluateScript');
  const inner = ev ? events.filter((e) => e.ph === 'X' && e.tid === ev.tid && e.ts >= ev.ts && e.ts + e.dur <= ev.ts + ev.dur && e !== ev && e.dur > 100).map((e) => `${e.name}:${(e.dur / 1000).toFixed(2)}`).join(' ') : '';
  console.log(`run ${run}: ${line}\n   inside eval: ${inner.slice(0, 400)}`);
  await page.close();
}
await close(); await server.close();
