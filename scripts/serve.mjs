// A static server for the demo pages and test pages, answering for their real host names.
// Browsers are pointed at it with host-resolver rules (Chromium) or localDomains (Firefox); every
// request it sees is recorded so tests can prove nothing went anywhere else.
import http from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function loadSites() {
  const demo = JSON.parse(readFileSync(path.join(root, 'demo/sites.json'), 'utf8')).map((s) => ({
    ...s,
    dir: path.join(root, 'demo/pages'),
  }));
  const testSitesFile = path.join(root, 'tests/fixtures/pages/sites.json');
  const tests = existsSync(testSitesFile)
    ? JSON.parse(readFileSync(testSitesFile, 'utf8')).map((s) => ({ ...s, dir: path.join(root, 'tests/fixtures/pages') }))
    : [];
  return [...demo, ...tests];
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.htm': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/** Starts the server on 127.0.0.1 (random port unless given). */
export function startServer({ port = 0, sites = loadSites() } = {}) {
  const requests = [];
  const byKey = new Map(sites.map((s) => [`${s.host}${s.path}`, s]));
  const server = http.createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `http://${host}`);
    requests.push({ host, path: url.pathname, method: req.method });
    const site = byKey.get(`${host}${url.pathname}`);
    if (!site) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const file = path.join(site.dir, site.file);
    const body = readFileSync(file);
    const type = site.contentType ?? TYPES[path.extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const actual = server.address().port;
      resolve({
        port: actual,
        sites,
        requests,
        hosts: [...new Set(sites.map((s) => s.host))],
        urlFor: (site) => `http://${site.host}:${actual}${site.path}`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const srv = await startServer({ port: Number(process.env.PORT ?? 8377) });
  for (const s of srv.sites) console.log(srv.urlFor(s));
}
