import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Source, Target } from '@/lib/convert/types';
import type { PageDetectionWithArticle } from '@/lib/detect';
import type { PageCapture } from '@/lib/detect/capture';
import type { Settings } from '@/lib/settings/types';
import type { ConversionState, PageReport, ReportChunk } from './report';

/** A page's classification, and the pinyin artifacts in its article (the page hides them on load). */
export type PageVerdict = PageDetectionWithArticle & { pinyinArtifacts: number };

/** What the background tells a frame's loader with the session it injected (loadSession). */
export interface LoadedFrame {
  /** The tab's top frame. */
  top: boolean;
  /** The reader's settings (content scripts never read extension storage themselves). */
  settings: Settings;
  /** A sub-frame's tab's script, which the frame follows (null: not converted, or the top frame). */
  target: Target | null;
}

/**
 * The background's answer to a frame's loader that found Chinese text (pageArrived): the page's
 * classification, and the session it injected when the page needs one now (null: the loader stays
 * alone until something is asked of it).
 */
export interface PageArrival {
  /** The tab's top frame. */
  top: boolean;
  /** Null for a sub-frame (only top frames are classified) or a capture that could not be read. */
  verdict: PageVerdict | null;
  frame: LoadedFrame | null;
}

/**
 * The one message protocol of the extension. Keys are camelCase verbs; each entry is a function
 * type from its data to its reply. Who listens is noted per group.
 */
export interface ProtocolMap {
  // Handled by the background. A page's requests (page-port.ts: PortRequestType) come on its port;
  // the others from extension pages.
  convertTexts(data: { texts: string[]; from: Source; to: Target; phrases: boolean }): string[];
  /** A page's classification from what its content script captured (lib/detect/capture.ts). */
  detectPage(data: { capture: PageCapture }): PageVerdict;
  /** The mentions as JSON chunks (see mention-chunks.ts). */
  extractMentions(data: { text: string }): string[];
  reportPage(data: PageReport): void;
  /** A further chunk of a report's mentions (PageReport.stream). */
  reportChunk(data: ReportChunk): void;
  getTabReport(data: { tabId: number }): PageReport | null;
  setTabTarget(data: { tabId: number; target: Target | null }): ConversionState | null;
  setTabHighlights(data: { tabId: number; on: boolean }): boolean;
  revealInTab(data: { tabId: number; mentionId: number; flash: boolean }): boolean;
  openPanelPage(data: { tabId?: number }): number | null;
  /**
   * A frame's loader found Chinese text (at load, or after a navigation inside the document) and
   * sends its markup. The background classifies it, keeps the top frame's report, and injects the
   * session only if the page needs it now: an automatic conversion, pinyin artifacts to hide, a
   * sub-frame of a converted tab, a document too large to send as markup (capture null), a page
   * showing text a gone instance of the content script wrote (`written`).
   */
  pageArrived(data: { capture: PageCapture | null; written: boolean; session: string; costMs: number; detectMs: number }): PageArrival;
  /**
   * A frame's loader asks for the session file to be injected (lib/content/session-hook.ts), and
   * learns what the session starts with. Null: the file could not be injected.
   */
  loadSession(): LoadedFrame | null;

  // Handled by the content script of a tab (sent by the background).
  convertPage(data: { target: Target | null }): ConversionState;
  /** Sent to every frame of a tab; sub-frames follow, the top frame ignores it. */
  convertFrame(data: { target: Target | null }): ConversionState | null;
  /** The full report: extracts the article's mentions if nobody asked before. */
  getPageReport(): PageReport;
  /** The frame's address (tests ask it to learn whether a frame listens: Automation.listening). */
  getPageUrl(): string;
  setHighlights(data: { on: boolean }): boolean;
  revealMention(data: { mentionId: number; flash: boolean }): boolean;
  /** The frame's selected text, line breaks kept (the browser's selectionText collapses them). */
  getSelectionText(): string;
  /** Sent to every tab when the reader's settings change. */
  settingsChanged(data: Settings): void;

  // Handled by Chrome's offscreen document (entrypoints/offscreen): true when the copy went through.
  writeClipboard(data: { text: string }): boolean;

  // Handled by extension pages (the panel), broadcast by the background.
  reportChanged(data: { tabId: number; report: PageReport }): void;
}

export const messenger = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messenger;
