import type { ProtocolMap } from './protocol';

/**
 * A page's session talks to the background on one long-lived port, opened by its first request,
 * instead of one `runtime.sendMessage` per request: every `sendMessage` opens a message channel,
 * which in Chromium costs milliseconds on both ends (a trace of a toggle showed 4.9 ms in the page
 * for the channel of one conversion request; a CPU profile of a news page's load, about 1 ms per
 * message). The requests keep the shapes of the protocol (protocol.ts).
 */
export const PAGE_PORT = 'zhc-page';

/** What a page's loader and session ask of the background. */
export type PortRequestType = 'pageArrived' | 'loadSession' | 'convertTexts' | 'detectPage' | 'extractMentions' | 'reportPage' | 'reportChunk';

export type PortData<K extends PortRequestType> = Parameters<ProtocolMap[K]>[0];
export type PortResult<K extends PortRequestType> = ReturnType<ProtocolMap[K]>;

export interface PortRequest {
  id: number;
  type: PortRequestType;
  data: unknown;
}

export type PortReply = { id: number; res: unknown } | { id: number; error: string };
