import type { browser } from 'wxt/browser';
import type { ProtocolMap } from '@/lib/messaging/protocol';
import { extensionApi } from './extension-api';

/**
 * The content script's end of the protocol in lib/messaging/protocol.ts for what the background
 * sends it, on the same wire format as @webext-core/messaging (which the background and the
 * extension pages use): a request is `{ id, type, data, timestamp }`, a reply `{ res }` or
 * `{ err: { name, message, stack } }`. What the content script asks goes on its port
 * (page-port.ts), not here.
 *
 * Why not @webext-core/messaging here: it bundles webextension-polyfill, whose evaluation (a
 * metadata table for every extension API, proxies around `chrome`) was the largest single cost of
 * loading the content script, on every page, Chinese or not. The native API object is used
 * (extension-api.ts: looked up when the first handler is set); replies go through `sendResponse`
 * so Chrome, which ignores promises returned by listeners, gets them too.
 */
type Data<K extends keyof ProtocolMap> = Parameters<ProtocolMap[K]>;
type Reply<K extends keyof ProtocolMap> = ReturnType<ProtocolMap[K]>;

interface WireMessage {
  id: number;
  type: string;
  data: unknown;
  timestamp: number;
}

interface WireReply {
  res?: unknown;
  err?: { name?: unknown; message?: unknown; stack?: unknown };
}

type Handler = (message: { data: unknown }) => unknown;
const handlers = new Map<string, Handler>();
let rootListener: Parameters<typeof browser.runtime.onMessage.addListener>[0] | null = null;

function serializeError(err: unknown): WireReply['err'] {
  if (err instanceof Error) return { name: err.name, message: err.message, stack: err.stack ?? '' };
  return { name: 'Error', message: String(err), stack: '' };
}

function listen(): void {
  rootListener = (message: unknown, sender: unknown, sendResponse: (reply: WireReply) => void) => {
    if (typeof message !== 'object' || message === null) return undefined;
    const { type, timestamp } = message as Partial<WireMessage>;
    if (typeof type !== 'string' || typeof timestamp !== 'number') return undefined;
    const handler = handlers.get(type);
    if (!handler) return undefined;
    new Promise((resolve) => resolve(handler({ ...(message as WireMessage), sender } as { data: unknown })))
      .then((res) => ({ res }), (err: unknown) => ({ err: serializeError(err) }))
      .then((reply: WireReply) => sendResponse(reply));
    // The reply comes later, through sendResponse.
    return true;
  };
  extensionApi().runtime.onMessage.addListener(rootListener);
}

/** One handler per message type, as @webext-core/messaging; returns the remover. */
export function onMessage<K extends keyof ProtocolMap>(
  type: K,
  handler: (message: { data: Data<K>[0] }) => Reply<K> | Promise<Reply<K>>,
): () => void {
  if (handlers.has(type)) throw new Error(`[messaging] In this JS context, only one listener can be setup for ${type}`);
  handlers.set(type, handler as Handler);
  if (!rootListener) listen();
  return () => {
    handlers.delete(type);
    if (handlers.size === 0 && rootListener) {
      extensionApi().runtime.onMessage.removeListener(rootListener);
      rootListener = null;
    }
  };
}
