import type { Browser, Page, Target, WebWorker } from 'puppeteer-core';
import { launchBrowser } from '../../../scripts/browsers.mjs';
import { startServer } from '../../../scripts/serve.mjs';

export type BrowserKind = 'chromium' | 'firefox';
/** Both browsers; `E2E_BROWSERS=chromium` (or firefox) narrows a local run. */
export const BROWSER_KINDS: BrowserKind[] = (process.env.E2E_BROWSERS?.split(',') as BrowserKind[] | undefined) ?? ['chromium', 'firefox'];

export interface Site {
  host: string;
  path: string;
  file: string;
  expect?: { kind: string; script: string; article: boolean };
}

export interface Server {
  port: number;
  sites: Site[];
  requests: { host: string; path: string }[];
  hosts: string[];
  urlFor(site: Site): string;
  close(): Promise<void>;
}

/** A real browser with the built extension, the local server, and the automation entry. */
export interface E2ESession {
  kind: BrowserKind;
  browser: Browser;
  server: Server;
  site(file: string): Site;
  open(file: string): Promise<{ page: Page; tabId: number; url: string }>;
  automation<T>(method: string, ...args: unknown[]): Promise<T>;
  /**
   * Finds the extension's background again after it was reloaded or reinstalled (the old service
   * worker or extension page is gone with it). Firefox needs an extension page of the new
   * instance: `reinstall` opens the welcome page; after `runtime.reload` there is none to find.
   */
  reattach(): Promise<void>;
  /** The id the browser gave the installed extension. */
  extensionId: string;
  /** Uninstalls the extension, the way a reader removes it (pages keep their content scripts' work). */
  uninstall(): Promise<void>;
  /** Installs the built extension afresh (removing it first if it is there) and reattaches to it. */
  reinstall(): Promise<void>;
  /** Closes the browser but keeps the server running (for a restart on the same profile). */
  closeBrowser(): Promise<void>;
  /** Requests that reached any host other than the local test server, seen by the browser. */
  foreignRequests: string[];
  close(): Promise<void>;
}

async function chromiumWorker(browser: Browser, previous: Target | null = null, timeout = 15_000): Promise<{ target: Target; worker: WebWorker }> {
  const target = await browser.waitForTarget(
    (t) => t !== previous && t.type() === 'service_worker' && t.url().endsWith('/background.js'),
    { timeout },
  );
  const worker = await target.worker();
  if (!worker) throw new Error('no service worker');
  return { target, worker };
}

/** An extension page open in a tab whose URL contains `fragment`, in either browser. */
export async function findExtensionPage(browser: Browser, fragment: string, timeout = 15_000, exclude: Page[] = []): Promise<Page> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      if (exclude.includes(page)) continue;
      // Puppeteer reports extension tabs as about:blank in Firefox; ask the page itself.
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (/^(moz|chrome)-extension:\/\//.test(href) && href.includes(fragment)) return page;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no extension page matching ${fragment}`);
}

function firefoxExtensionPage(browser: Browser, exclude: Page[] = []): Promise<Page> {
  // The extension opens its welcome (options) page on install; it can reach the background page.
  return findExtensionPage(browser, '/options.html', 15_000, exclude);
}

export interface SessionOptions {
  /** Keep the browser profile here (and reuse it): restart tests launch twice on one profile. */
  profileDir?: string;
  /** Reuse a running server (a restarted browser must see the same origins). */
  server?: Server;
}

export async function startSession(kind: BrowserKind, options: SessionOptions = {}): Promise<E2ESession> {
  const server = options.server ?? ((await startServer()) as Server);
  const launched = await launchBrowser(kind, { hosts: server.hosts, profileDir: options.profileDir });
  const browser = launched.browser as Browser;
  const foreignRequests: string[] = [];
  const localOrigins = (url: string) => {
    try {
      const u = new URL(url);
      if (!/^https?:$/.test(u.protocol)) return true;
      return server.hosts.includes(u.hostname) && u.port === String(server.port);
    } catch {
      return true;
    }
  };
  const watch = (page: Page) => {
    page.on('request', (req) => {
      if (!localOrigins(req.url())) foreignRequests.push(req.url());
    });
  };
  browser.on('targetcreated', async (target) => {
    const page = await target.page().catch(() => null);
    if (page) watch(page);
  });
  for (const page of await browser.pages()) watch(page);

  let evaluate: <T>(method: string, args: unknown[]) => Promise<T>;
  let attached: unknown = null;
  const attach = async () => {
  if (kind === 'chromium') {
    const previous = attached as Target | null;
    const found = await chromiumWorker(browser, previous, previous ? 4000 : 15_000).catch(async () => {
      // A reloaded extension's worker starts on its first event: a message from one of its pages
      // is one (the panel page asks the background for the active tab's report as it opens).
      const waker = await browser.newPage();
      await waker.goto(`chrome-extension://${launched.extensionId}/sidepanel.html`).catch(() => undefined);
      return chromiumWorker(browser, previous);
    });
    const { target, worker } = found;
    attached = target;
    // The worker's target appears when it registers, before its script has run to the end: a
    // call made at once can find no automation yet. Wait for it.
    // A worker replaced meanwhile (an update) fails the call: that is a no, not an error.
    await waitFor(() => worker.evaluate(() => typeof (globalThis as { automation?: unknown }).automation === 'object').catch(() => false), 15_000, 50);
    evaluate = (method, args) =>
      worker.evaluate(
        (m: string, a: unknown[]) => (globalThis as unknown as Record<string, Record<string, (...x: unknown[]) => unknown>>).automation![m]!(...a),
        method,
        args,
      ) as never;
  } else {
    const extPage = await firefoxExtensionPage(browser, attached ? [attached as Page] : []);
    attached = extPage;
    await waitFor(
      () =>
        extPage.evaluate(async () => {
          const b = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<{ automation?: unknown }> } } }).browser;
          const bg = await b.runtime.getBackgroundPage().catch(() => null);
          return typeof bg?.automation === 'object';
        }).catch(() => false),
      15_000,
      50,
    );
    evaluate = (method, args) =>
      extPage.evaluate(
        async (m: string, a: unknown[]) => {
          const b = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Record<string, Record<string, (...x: unknown[]) => unknown>>> } } }).browser;
          const bg = await b.runtime.getBackgroundPage();
          // Cross-compartment results are plain JSON by the time they reach the test.
          return JSON.parse(JSON.stringify((await bg.automation![m]!(...a)) ?? null));
        },
        method,
        args,
      ) as never;
  }
  };
  await attach();

  const session: E2ESession = {
    kind,
    browser,
    server,
    foreignRequests,
    site(file) {
      const site = server.sites.find((s) => s.file === file);
      if (!site) throw new Error(`no site for ${file}`);
      return site;
    },
    async open(file) {
      const url = server.urlFor(session.site(file));
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      let tabId: number | null = null;
      for (let i = 0; i < 50 && tabId === null; i++) {
        tabId = await evaluate<number | null>('findTab', [url]);
        if (tabId === null) await new Promise((r) => setTimeout(r, 100));
      }
      if (tabId === null) throw new Error(`no tab for ${url}`);
      return { page, tabId, url };
    },
    automation: (method, ...args) => evaluate(method, args),
    reattach: attach,
    extensionId: launched.extensionId,
    async uninstall() {
      await browser.uninstallExtension(session.extensionId);
    },
    async reinstall() {
      // Removing first makes it a fresh install (the welcome page opens, and Firefox needs it).
      await browser.uninstallExtension(session.extensionId).catch(() => undefined);
      session.extensionId = await browser.installExtension(launched.extensionDir);
      await attach();
    },
    closeBrowser: () => launched.close(),
    async close() {
      try {
        await launched.close();
      } finally {
        if (!options.server) await server.close();
      }
    },
  };
  return session;
}

/** Polls `fn` until it returns a truthy value (or throws after `timeout`). */
export async function waitFor<T>(fn: () => Promise<T>, timeout = 10_000, step = 100): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await fn();
    if (last) return last as NonNullable<T>;
    await new Promise((r) => setTimeout(r, step));
  }
  throw new Error(`timed out waiting; last value: ${JSON.stringify(last)}`);
}
