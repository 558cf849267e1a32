import { onMessage, sendMessage } from '@/lib/messaging/protocol';
import { getSettings, watchSettings } from '@/lib/settings/items';
import { createPageSession, type SessionServices } from './session';
import { createCostMeter } from './cost-meter';

/**
 * Wires a page session to the extension: messages in, reports out. Runs in every frame; only the
 * top frame reports to the panel, sub-frames follow the tab's script.
 */
export function startContent(signal: AbortSignal): void {
  const cost = createCostMeter();
  const t0 = performance.now();
  const isTop = window.top === window;
  const services: SessionServices = {
    convertTexts: (texts, from, to, phrases) => sendMessage('convertTexts', { texts, from, to, phrases }),
    extractMentions: (text) => (isTop ? sendMessage('extractMentions', { text }) : Promise.resolve([])),
    report: (report) => {
      if (isTop) sendMessage('reportPage', report).catch(() => undefined);
    },
    getSettings,
  };
  const session = createPageSession(document, services, signal, cost);
  const unwatch = watchSettings((settings) => session.onSettingsChanged(settings));
  const removers = [
    onMessage('convertPage', ({ data }) => session.convert(data.target)),
    onMessage('convertFrame', ({ data }) => (isTop ? null : session.convert(data.target))),
    onMessage('getPageReport', () => session.report()),
    onMessage('setHighlights', ({ data }) => session.setHighlights(data.on)),
    onMessage('revealMention', ({ data }) => session.reveal(data.mentionId, data.flash)),
    onMessage('copyText', async ({ data }) => {
      await navigator.clipboard.writeText(data.text);
      return true;
    }),
  ];
  // Wiring time, without what the session already counted for itself.
  cost.add(Math.max(0, performance.now() - t0 - cost.totalMs));
  if (!isTop) {
    // A frame that loads after its tab was converted follows the tab.
    sendMessage('getFrameTarget')
      .then((target) => (target ? session.convert(target) : undefined))
      .catch(() => undefined);
  }
  signal.addEventListener('abort', () => {
    unwatch();
    for (const remove of removers) remove();
  });
}
