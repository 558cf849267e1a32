import type { Source, Target } from '@/lib/convert/types';

/**
 * Conversion requests travel on one long-lived port per page instead of one `sendMessage` each:
 * every `sendMessage` opens a message channel, which in Chromium costs milliseconds on both ends
 * (a trace of a toggle showed 4.9 ms in the page for opening the channel of one request). The
 * port is opened by the page's first conversion, never at load.
 */
export const CONVERT_PORT = 'zhc-convert';

export interface ConvertRequest {
  id: number;
  texts: string[];
  from: Source;
  to: Target;
  phrases: boolean;
}

export type ConvertReply = { id: number; texts: string[] } | { id: number; error: string };
