// Launches real Chromium and Firefox ESR (Debian's packages) with the built extension installed,
// pointed at the local server for the demo hosts and at nothing else.
import puppeteer from 'puppeteer-core';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSERS } from './ensure-env.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EXTENSION_DIRS = {
  chromium: path.join(root, '.output/chrome-mv3'),
  firefox: path.join(root, '.output/firefox-mv2'),
};

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

/**
 * @param {'chromium'|'firefox'} kind
 * @param {{ hosts: string[], headless?: boolean, windowSize?: [number, number], extensionDir?: string, profileDir?: string }} opts
 *   `profileDir`: a profile directory to use and keep (a restart test launches twice on the same
 *   one); without it each launch gets a fresh profile that is deleted on close.
 */
export async function launchBrowser(kind, { hosts, headless = true, windowSize = [1280, 900], extensionDir, profileDir } = {}) {
  const userDataDir = profileDir ?? mkdtempSync(path.join(os.tmpdir(), `zhc-${kind}-`));
  const extDir = extensionDir ?? EXTENSION_DIRS[kind];
  let browser;
  if (kind === 'chromium') {
    const rules = [...hosts.map((h) => `MAP ${h} 127.0.0.1`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ');
    browser = await puppeteer.launch({
      executablePath: BROWSERS.chromium,
      headless,
      pipe: true,
      enableExtensions: true,
      userDataDir,
      defaultViewport: null,
      args: [...CHROMIUM_FLAGS, `--host-resolver-rules=${rules}`, `--window-size=${windowSize[0]},${windowSize[1]}`],
    });
  } else {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: BROWSERS.firefox,
      headless,
      userDataDir,
      defaultViewport: { width: windowSize[0], height: windowSize[1] },
      extraPrefsFirefox: {
        'network.dns.localDomains': hosts.join(','),
        'network.proxy.type': 0,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'extensions.getAddons.cache.enabled': false,
        'app.normandy.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'intl.accept_languages': 'zh-CN, zh, en',
      },
    });
  }
  const extensionId = await browser.installExtension(extDir);
  const close = async () => {
    try {
      await browser.close();
    } finally {
      if (!profileDir) rmSync(userDataDir, { recursive: true, force: true });
    }
  };
  return { kind, browser, extensionId, extensionDir: extDir, close };
}
