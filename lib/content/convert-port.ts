import type { Browser, browser } from 'wxt/browser';
import { CONVERT_PORT, type ConvertReply, type ConvertRequest } from '@/lib/messaging/convert-port';
import type { Source, Target } from '@/lib/convert/types';

type Port = Browser.runtime.Port;

interface Pending {
  resolve: (texts: string[]) => void;
  reject: (error: Error) => void;
}

/**
 * The page's end of the conversion port (lib/messaging/convert-port.ts). Connects on the first
 * request; when the background goes away (a stopped service worker, a reloaded extension) the
 * requests in flight fail and the next one connects again.
 */
export function createConvertPort(
  runtime: Pick<typeof browser.runtime, 'connect'>,
): (texts: string[], from: Source, to: Target, phrases: boolean) => Promise<string[]> {
  let port: Port | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function open(): Port {
    const opened = runtime.connect({ name: CONVERT_PORT });
    opened.onMessage.addListener((message: unknown) => {
      const reply = message as ConvertReply;
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if ('texts' in reply) waiting.resolve(reply.texts);
      else waiting.reject(new Error(reply.error));
    });
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = null;
      const failed = [...pending.values()];
      pending.clear();
      for (const { reject } of failed) reject(new Error('The conversion port closed'));
    });
    return opened;
  }

  return (texts, from, to, phrases) =>
    new Promise<string[]>((resolve, reject) => {
      const id = nextId++;
      const request: ConvertRequest = { id, texts, from, to, phrases };
      pending.set(id, { resolve, reject });
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
