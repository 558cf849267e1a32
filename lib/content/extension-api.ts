import type { browser } from 'wxt/browser';

type ExtensionApi = typeof browser;
let api: ExtensionApi | undefined;

/**
 * The extension API, as wxt/browser finds it (`browser` where it is the extension's, else
 * `chrome`), but looked up on first use. wxt/browser looks when the script is evaluated, and
 * its test reads `browser.runtime.id`: Chromium now gives content scripts a `browser` too, and
 * the first read of `runtime` costs a new page about a millisecond, which a page without Chinese
 * text, never asked anything, has no reason to pay (lib/messaging/wake.ts).
 */
export function extensionApi(): ExtensionApi {
  if (api) return api;
  const world = globalThis as unknown as { browser?: { runtime?: { id?: string } }; chrome?: unknown };
  api = (world.browser?.runtime?.id ? world.browser : world.chrome) as ExtensionApi;
  return api;
}
