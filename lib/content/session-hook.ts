import type { PageReport } from '@/lib/messaging/report';
import type { Target } from '@/lib/convert/types';
import type { Settings } from '@/lib/settings/types';
import type { CostMeter } from './cost-meter';
import type { PageRequest } from './page-port';
import type { PageSession } from './session';

/**
 * The content script comes in two files. `loader.js` runs on every page and is small: the
 * Chinese-text test, and the message listener once the page has Chinese text or is woken
 * (lib/messaging/wake.ts). `session.js` (entrypoints/session.ts: detection,
 * conversion, extraction, highlights) is injected by the background into a frame that has Chinese
 * text or is asked for something, so pages that are not Chinese never parse it.
 *
 * Both run in the extension's isolated world of the frame and meet through this global, which
 * the page's own scripts cannot see: the loader sets it before asking for the session, the
 * session file calls it with its starter.
 */
export const SESSION_HOOK = '__zhcSessionHook';

/** What the loader gives the session. */
export interface SessionHost {
  /** The frame's port to the background, which the loader opened to ask for the session. */
  request: PageRequest;
  signal: AbortSignal;
  cost: CostMeter;
  /** The loader already found Chinese text: the session need not test again. */
  knownChinese: boolean;
  isTop: boolean;
  /** The reader's settings when the session was loaded (changes come as `settingsChanged`). */
  settings: Settings;
  /** A sub-frame's tab's script when the session was loaded (null: the tab is not converted). */
  frameTarget: Target | null;
  /** The session is about to write to the page: watch for the extension going away from now on. */
  writing(): void;
}

/** What the loader's message handlers call: the session's own methods, and its report as a reply. */
export interface LoadedSession extends Pick<PageSession, 'convert' | 'setHighlights' | 'reveal' | 'onSettingsChanged'> {
  /** The full report as the reply of a `getPageReport` (its further chunks follow as messages). */
  replyReport(): Promise<PageReport>;
}

export type StartSession = (host: SessionHost) => LoadedSession;
