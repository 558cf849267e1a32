import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging/protocol';

interface Offscreen {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Writes `text` to the clipboard from the extension itself, never from the page: a page served
 * over http (many government sites) has no Clipboard API, and a page's own copy handlers (sites
 * that append a notice to what is copied) never see it.
 *
 * - Firefox: the background page writes it (the clipboardWrite permission allows it there).
 * - Chrome: the service worker has no clipboard; an offscreen document copies it
 *   (entrypoints/offscreen), created for the copy and closed after it. Copies go one at a time:
 *   Chrome allows one offscreen document.
 */
export function writeClipboard(text: string): Promise<void> {
  const run = queue.then(() => write(text));
  queue = run.catch(() => undefined);
  return run;
}

async function write(text: string): Promise<void> {
  const offscreen = (browser as unknown as { offscreen?: Offscreen }).offscreen;
  if (!offscreen) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const open = () =>
    offscreen.createDocument({
      url: browser.runtime.getURL('/offscreen.html'),
      reasons: ['CLIPBOARD'],
      justification: 'Copy the converted selection to the clipboard (context menu).',
    });
  // One left open (a copy cut short when the worker stopped) is closed and made again.
  await open().catch(async () => {
    await offscreen.closeDocument().catch(() => undefined);
    await open();
  });
  try {
    if (!(await sendMessage('writeClipboard', { text }))) throw new Error('The copy command failed');
  } finally {
    await offscreen.closeDocument().catch(() => undefined);
  }
}
