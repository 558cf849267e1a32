import { yieldToPage } from '@/lib/dom/yield';
import { unpackMentions } from '@/lib/messaging/mention-chunks';
import { splitReport, type PageReport } from '@/lib/messaging/report';
import { createPageSession, type SessionServices } from './session';
import type { LoadedSession, SessionHost } from './session-hook';

/**
 * The session file's side of the content script (see session-hook.ts): wires a page session to
 * the extension. Only the top frame reports to the panel; sub-frames follow their tab's script.
 */
export function startSession({ request, signal, cost, known, isTop, settings, frameTarget, writing }: SessionHost): LoadedSession {
  let streams = 0;
  const streamPrefix = Math.random().toString(36).slice(2, 10);
  /**
   * The message that carries `report` (with its first chunk of mentions); the other chunks follow
   * it, one message per slice of the page's time (PageReport.stream).
   */
  const streamReport = (report: PageReport): PageReport => {
    const { head, rest } = splitReport(report, `${streamPrefix}-${++streams}`);
    void (async () => {
      for (const chunk of rest) {
        await yieldToPage();
        if (signal.aborted) return;
        request('reportChunk', chunk).catch(() => undefined);
      }
    })();
    return head;
  };
  const services: SessionServices = {
    convertTexts: (texts, from, to, phrases) => request('convertTexts', { texts, from, to, phrases }),
    detect: (capture) => request('detectPage', { capture }),
    extractMentions: async (text) => (isTop ? unpackMentions(await request('extractMentions', { text }), yieldToPage) : []),
    report: (report) => {
      if (isTop) request('reportPage', streamReport(report)).catch(() => undefined);
    },
    writing,
  };
  const counted = cost.totalMs;
  const t1 = performance.now();
  const session = createPageSession(document, services, signal, cost, settings, known);
  // Setting the session up, without what it already counted for itself.
  cost.add(Math.max(0, performance.now() - t1 - (cost.totalMs - counted)));
  // A frame that loads after its tab was converted follows the tab.
  if (frameTarget) session.convert(frameTarget).catch(() => undefined);
  const { convert, setHighlights, reveal, onSettingsChanged } = session;
  return { convert, setHighlights, reveal, onSettingsChanged, replyReport: async () => streamReport(await session.fullReport()) };
}
