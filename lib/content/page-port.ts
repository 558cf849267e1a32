import type { Browser, browser } from 'wxt/browser';
import { PAGE_PORT, type PortData, type PortReply, type PortRequest, type PortRequestType, type PortResult } from '@/lib/messaging/page-port';

type Port = Browser.runtime.Port;

interface Pending {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

export type PageRequest = <K extends PortRequestType>(type: K, data: PortData<K>) => Promise<PortResult<K>>;

/**
 * The page's end of the session port (lib/messaging/page-port.ts). Connects on the first request;
 * when the background goes away (a stopped service worker, a reloaded extension) the requests in
 * flight fail and the next one connects again.
 */
export function createPagePort(runtime: Pick<typeof browser.runtime, 'connect'>): PageRequest {
  let port: Port | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function open(): Port {
    const opened = runtime.connect({ name: PAGE_PORT });
    opened.onMessage.addListener((message: unknown) => {
      const reply = message as PortReply;
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.res);
    });
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = null;
      const failed = [...pending.values()];
      pending.clear();
      for (const { reject } of failed) reject(new Error('The port to the background closed'));
    });
    return opened;
  }

  return <K extends PortRequestType>(type: K, data: PortData<K>) =>
    new Promise<PortResult<K>>((resolve, reject) => {
      const id = nextId++;
      const request: PortRequest = { id, type, data };
      pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
      try {
        port ??= open();
        port.postMessage(request);
      } catch (error) {
        pending.delete(id);
        port = null;
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
}
