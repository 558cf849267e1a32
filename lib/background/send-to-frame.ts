import { browser } from 'wxt/browser';
import { sendMessage, type ProtocolMap } from '@/lib/messaging/protocol';
import { WAKE_HOOK, wakeFrame } from '@/lib/messaging/wake';

/** Asks a dormant frame's loader to start listening (lib/messaging/wake.ts); true when it did now. */
async function wake(tabId: number, frameId: number): Promise<boolean> {
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, func: wakeFrame, args: [WAKE_HOOK] });
    return injection?.result === true;
  } catch {
    // No content script can run there (a browser page, a page of another extension).
    return false;
  }
}

/**
 * Sends a message to one frame of a tab (the top one by default); when nobody there listened,
 * wakes the frame's loader and sends once more. Messages that only a session can answer
 * (highlights, reveal) are sent without this: a dormant frame has no session to answer them.
 *
 * A failure the frame itself answered (its handler threw) is not sent twice: its loader was
 * listening already, so waking it does nothing and the first error stands.
 */
export async function sendToFrame<K extends keyof ProtocolMap>(
  type: K,
  data: Parameters<ProtocolMap[K]>[0],
  tabId: number,
  frameId = 0,
): Promise<ReturnType<ProtocolMap[K]>> {
  const send = () =>
    (sendMessage as (t: K, d: unknown, to: { tabId: number; frameId: number }) => Promise<ReturnType<ProtocolMap[K]>>)(type, data, { tabId, frameId });
  try {
    return await send();
  } catch (error) {
    if (!(await wake(tabId, frameId))) throw error;
    return send();
  }
}
