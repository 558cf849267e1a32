import { browser } from 'wxt/browser';
import { hasChineseText } from '@/lib/detect/has-chinese';
import { onMessage, sendMessage } from './messaging';
import { splitReport, type PageReport } from '@/lib/messaging/report';
import { unpackMentions } from '@/lib/messaging/mention-chunks';
import { yieldToPage } from '@/lib/dom/yield';
import type { PageSession, SessionServices } from './session';
import { createConvertPort } from './convert-port';
import { createCostMeter } from './cost-meter';
import { createLifeline, extensionAlive } from './lifeline';

/** Re-checks of a page that had no Chinese text at first (late-loading content), then silence. */
const RECHECK_DELAYS_MS = [1500, 5000];
/** How long after a navigation inside the document its new content is looked at. */
const NAVIGATION_SETTLE_MS = 800;

/**
 * Wires a page session to the extension: messages in, reports out. Runs in every frame; only the
 * top frame reports to the panel, sub-frames follow the tab's script. On a page without Chinese
 * text it does one cheap test and waits: the session (observers, detection, extraction) is made
 * only when the page has Chinese text or the reader asks for something.
 */
export function startContent(outer: AbortSignal): void {
  // Ends with the script's context, or earlier when this script finds its extension gone.
  const life = new AbortController();
  const signal = life.signal;
  outer.addEventListener('abort', () => life.abort(), { once: true });
  const lifeline = createLifeline(() => extensionAlive(browser.runtime), () => life.abort(), signal);
  const cost = createCostMeter();
  const t0 = performance.now();
  const isTop = window.top === window;
  const services: SessionServices = {
    convertTexts: createConvertPort(browser.runtime),
    detect: (snapshot) => sendMessage('detectPage', { snapshot }),
    extractMentions: async (text) => (isTop ? unpackMentions(await sendMessage('extractMentions', { text }), yieldToPage) : []),
    report: (report) => {
      if (isTop) sendMessage('reportPage', streamReport(report)).catch(() => undefined);
    },
    getSettings: () => sendMessage('getPageSettings'),
    writing: () => lifeline.arm(),
  };
  let session: PageSession | null = null;
  let loading: Promise<PageSession> | null = null;
  // The session and everything it needs (detection tables, rewriter…) are evaluated only on a page
  // that has Chinese text or is asked for something: a page without any pays for this file alone.
  const ensure = (knownChinese = false): Promise<PageSession> =>
    (loading ??= import('./session').then(({ createPageSession }) => start(createPageSession, knownChinese)));
  const start = (create: typeof import('./session').createPageSession, knownChinese: boolean): PageSession => {
    const counted = cost.totalMs;
    const t1 = performance.now();
    const made = create(document, services, signal, cost, knownChinese);
    // Setting the session up, without what it already counted for itself.
    cost.add(Math.max(0, performance.now() - t1 - (cost.totalMs - counted)));
    session = made;
    if (!isTop) {
      // A frame that loads after its tab was converted follows the tab.
      sendMessage('getFrameTarget')
        .then((target) => (target ? made.convert(target) : undefined))
        .catch(() => undefined);
    }
    return made;
  };
  let streams = 0;
  const streamPrefix = Math.random().toString(36).slice(2, 10);
  const nextStreamId = (): string => `${streamPrefix}-${++streams}`;
  /**
   * The message that carries `report` (with its first chunk of mentions); the other chunks follow
   * it, one message per slice of the page's time (PageReport.stream).
   */
  const streamReport = (report: PageReport): PageReport => {
    const { head, rest } = splitReport(report, nextStreamId());
    void (async () => {
      for (const chunk of rest) {
        await yieldToPage();
        if (signal.aborted) return;
        sendMessage('reportChunk', chunk).catch(() => undefined);
      }
    })();
    return head;
  };
  const quietReport = (): PageReport => ({
    url: location.href,
    hasChinese: false,
    detection: null,
    metadata: null,
    article: null,
    mentions: [],
    extracted: true,
    conversion: { target: null, source: null, pinyinArtifacts: 0, artifactsHidden: false, written: 0, auto: null, lastPass: null },
    highlights: false,
    costMs: Math.round(cost.totalMs * 100) / 100,
    detectMs: Math.round(cost.detectMs * 100) / 100,
    revision: 0,
    session: 'quiet',
  });

  const removers = [
    onMessage('convertPage', async ({ data }) => (await ensure()).convert(data.target)),
    onMessage('convertFrame', async ({ data }) => (isTop ? null : (await ensure()).convert(data.target))),
    // A page still being set up answers once it is (the session may be loading its code).
    onMessage('getPageReport', async () => {
      const made = session ?? (loading ? await loading : null);
      if (!made) return quietReport();
      return streamReport(await made.fullReport());
    }),
    onMessage('getPageUrl', () => location.href),
    onMessage('settingsChanged', ({ data }) => session?.onSettingsChanged(data)),
    onMessage('setHighlights', async ({ data }) => (session ? session.setHighlights(data.on) : false)),
    onMessage('revealMention', ({ data }) => (session ? session.reveal(data.mentionId, data.flash) : false)),
    onMessage('copyText', async ({ data }) => {
      await navigator.clipboard.writeText(data.text);
      return true;
    }),
  ];
  signal.addEventListener('abort', () => {
    for (const remove of removers) {
      try {
        remove();
      } catch {
        // An orphaned script may find the messaging API already gone: nothing left to remove.
      }
    }
  });

  // The Chinese-text test is the page's first step of detection.
  const testChinese = (): boolean => {
    const before = cost.totalMs;
    const found = cost.run(() => hasChineseText(document));
    cost.detectMs += cost.totalMs - before;
    return found;
  };
  if (testChinese()) {
    void ensure(true);
  } else {
    watchForChinese(() => {
      if (!loading && testChinese()) void ensure(true);
    });
  }
  /**
   * A page without Chinese text is checked again a little later (late-loading content), and after
   * each navigation inside the document (a single-page app moving to a Chinese article long after
   * load): history and hash changes, the Navigation API where there is one, and a new title. Ends
   * once the session exists (it follows navigations itself) or the script does.
   */
  function watchForChinese(recheck: () => void): void {
    const check = (): void => {
      recheck();
      if (loading) stop();
    };
    const timers = RECHECK_DELAYS_MS.map((ms) => setTimeout(check, ms));
    let soon: ReturnType<typeof setTimeout> | undefined;
    const onNavigate = (): void => {
      clearTimeout(soon);
      soon = setTimeout(check, NAVIGATION_SETTLE_MS);
    };
    const nav = (window as unknown as { navigation?: EventTarget }).navigation;
    // The Navigation API sees every in-document navigation (pushState included); where there is
    // none (Firefox), a new title is the sign of one.
    let titleWatch: MutationObserver | null = null;
    if (!nav) {
      titleWatch = new MutationObserver(onNavigate);
      const title = document.querySelector('title');
      if (title) titleWatch.observe(title, { childList: true, characterData: true, subtree: true });
      if (document.head) titleWatch.observe(document.head, { childList: true });
    }
    window.addEventListener('popstate', onNavigate);
    window.addEventListener('hashchange', onNavigate);
    nav?.addEventListener('navigate', onNavigate);
    function stop(): void {
      timers.forEach(clearTimeout);
      clearTimeout(soon);
      titleWatch?.disconnect();
      window.removeEventListener('popstate', onNavigate);
      window.removeEventListener('hashchange', onNavigate);
      nav?.removeEventListener('navigate', onNavigate);
    }
    signal.addEventListener('abort', stop, { once: true });
  }

  // Wiring time, without what the session already counted for itself.
  cost.add(Math.max(0, performance.now() - t0 - cost.totalMs));
  // A page without Chinese text says nothing by itself (the first message a frame sends costs it
  // milliseconds): the background asks it when it needs to know (the panel, a test).
}
