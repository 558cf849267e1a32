import { MARK_PREFIX } from '@/lib/dom/skip';
import type { PageReport } from '@/lib/messaging/report';
import type { Target } from '@/lib/convert/types';
import type { Settings } from '@/lib/settings/types';
import type { CostMeter } from './cost-meter';
import type { PageRequest } from './page-port';
import type { PageSession, SessionStart } from './session';

/**
 * The content script comes in two files. `loader.js` runs on every page and is small: the
 * Chinese-text test; on a page with Chinese text, the page's markup sent to be classified and the
 * message listener (a page without is listened to once woken: lib/messaging/wake.ts).
 * `session.js` (entrypoints/session.ts: conversion, extraction, highlights, following the page's
 * changes) is injected by the background into a frame that needs it: one converted on load (or
 * hiding pinyin artifacts), or asked for something (a conversion, the summary). A Chinese page
 * that is only read never parses it.
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
  /** What the loader already knows of the page (its Chinese-text test, its classification, its load cost). */
  known: SessionStart;
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

/** A new page load's id: the loader's report and the session's share it (lib/background/reports.ts). */
export function newSessionId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Set on the root element while the page shows text this extension wrote: `<page script>><target>`.
 * A content script that goes away normally gives the page back first (and removes the mark). One
 * that is destroyed without a chance to run (Firefox unloads an add-on's content scripts on
 * reload, update or disable) leaves it behind, so the next instance knows the page's text is not
 * the page's own: it completes the conversion (never half-written) and reloads for the original.
 */
export const WRITTEN_MARK = `${MARK_PREFIX}written`;
