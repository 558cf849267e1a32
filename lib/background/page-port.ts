import type { Browser, browser } from 'wxt/browser';
import { PAGE_PORT, type PortData, type PortReply, type PortRequest, type PortRequestType, type PortResult } from '@/lib/messaging/page-port';

/** One handler per request type; `sender` says which tab and frame asked. */
export type PortHandlers = {
  [K in PortRequestType]: (data: PortData<K>, sender: Browser.runtime.MessageSender) => PortResult<K> | Promise<PortResult<K>>;
};

/** The background's end of the session port: each request answered on the port it came on. */
export function servePagePort(runtime: Pick<typeof browser.runtime, 'onConnect'>, handlers: PortHandlers): void {
  runtime.onConnect.addListener((port) => {
    if (port.name !== PAGE_PORT) return;
    let open = true;
    port.onDisconnect.addListener(() => {
      open = false;
    });
    port.onMessage.addListener((message: unknown) => {
      const { id, type, data } = message as PortRequest;
      const handler = handlers[type] as ((data: unknown, sender: Browser.runtime.MessageSender) => unknown) | undefined;
      new Promise((resolve) => {
        if (!handler) throw new Error(`No handler for ${String(type)}`);
        resolve(handler(data, port.sender ?? {}));
      })
        .then(
          (res): PortReply => ({ id, res }),
          (error: unknown): PortReply => ({ id, error: error instanceof Error ? error.message : String(error) }),
        )
        .then((reply) => {
          if (open) port.postMessage(reply);
        });
    });
  });
}
