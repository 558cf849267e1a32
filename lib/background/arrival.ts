import type { Target } from '@/lib/convert/types';
import type { PageVerdict } from '@/lib/messaging/protocol';
import { decideAutoConversion } from '@/lib/settings/site-rule';
import type { Settings } from '@/lib/settings/types';

/** What the background knows of a frame whose loader just sent its markup (pageArrived). */
export interface Arrival {
  top: boolean;
  /** The page shows text a gone instance of the content script wrote (lib/content/session-hook.ts: WRITTEN_MARK). */
  written: boolean;
  /** The loader could send the page's markup (a very large document cannot: its session takes a snapshot). */
  captured: boolean;
  /** The top frame's classification (null for a sub-frame, or markup that could not be read). */
  verdict: PageVerdict | null;
  host: string;
  settings: Settings;
  /** The script the frame's tab was asked to show (sub-frames follow it). */
  tabTarget: Target | null;
}

/**
 * Whether a frame with Chinese text needs its session as soon as it loads. Otherwise the loader
 * stays alone, and the session is loaded when something is asked of the page (a toggle, the
 * summary panel): a page that is only read never parses or runs it.
 */
export function needsSessionAtLoad({ top, written, captured, verdict, host, settings, tabTarget }: Arrival): boolean {
  // Only the session can finish (or give back) what the gone instance wrote.
  if (written) return true;
  // A sub-frame follows its tab: converted now if the tab is, else when the tab converts.
  if (!top) return tabTarget !== null;
  // The session classifies a page too large to send from its own snapshot.
  if (!captured) return true;
  if (verdict === null || !verdict.hasChinese) return false;
  if (settings.hidePinyinArtifacts && verdict.pinyinArtifacts > 0) return true;
  return decideAutoConversion(settings, host, verdict.kind).target !== null;
}
