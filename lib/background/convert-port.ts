import type { browser } from 'wxt/browser';
import type { Source, Target } from '@/lib/convert/types';
import { CONVERT_PORT, type ConvertReply, type ConvertRequest } from '@/lib/messaging/convert-port';

/** The background's end of the conversion port: each request answered on the port it came on. */
export function serveConvertPort(
  runtime: Pick<typeof browser.runtime, 'onConnect'>,
  convertTexts: (texts: string[], from: Source, to: Target, phrases: boolean) => Promise<string[]>,
): void {
  runtime.onConnect.addListener((port) => {
    if (port.name !== CONVERT_PORT) return;
    let open = true;
    port.onDisconnect.addListener(() => {
      open = false;
    });
    port.onMessage.addListener((message: unknown) => {
      const { id, texts, from, to, phrases } = message as ConvertRequest;
      convertTexts(texts, from, to, phrases).then(
        (converted): ConvertReply => ({ id, texts: converted }),
        (error: unknown): ConvertReply => ({ id, error: error instanceof Error ? error.message : String(error) }),
      ).then((reply) => {
        if (open) port.postMessage(reply);
      });
    });
  });
}
