import { hasChineseText } from '@/lib/detect/has-chinese';
import type { PageReport } from '@/lib/messaging/report';
import type { LoadedFrame } from '@/lib/messaging/protocol';
import { onMessage } from './messaging';
import { WAKE_HOOK } from '@/lib/messaging/wake';
import { createPagePort, type PageRequest } from './page-port';
import { createCostMeter } from './cost-meter';
import { extensionApi } from './extension-api';
import { createLifeline, extensionAlive, type Lifeline } from './lifeline';
import { SESSION_HOOK, type LoadedSession, type StartSession } from './session-hook';

/** Re-checks of a page that had no Chinese text at first (late-loading content), then silence. */
const RECHECK_DELAYS_MS = [1500, 5000];
/** How long after a navigation inside the document its new content is looked at. */
const NAVIGATION_SETTLE_MS = 800;

/**
 * Asks the background for the session file (session-hook.ts), on the port the session goes on
 * using, and waits for it to hand over its starter and for the background to say which frame this
 * is. Fails when the background could not inject it (the extension is going away).
 */
async function loadSession(request: PageRequest): Promise<{ start: StartSession; frame: LoadedFrame }> {
  const world = globalThis as Record<string, unknown>;
  const handed = new Promise<StartSession>((resolve) => {
    world[SESSION_HOOK] = (start: StartSession) => {
      delete world[SESSION_HOOK];
      resolve(start);
    };
  });
  const frame = await request('loadSession', undefined);
  if (!frame) throw new Error('The session could not be loaded');
  return { start: await handed, frame };
}

/**
 * The loader that runs in every frame (the session itself is another file: session-hook.ts). On
 * a page without Chinese text it does one cheap test and waits: the session (observers,
 * detection, extraction) is loaded only when the page has Chinese text or the reader asks for
 * something.
 */
export function startContent(): void {
  const t0 = performance.now();
  const cost = createCostMeter();
  // Ends when this script finds its extension gone (updated, reloaded, disabled or removed). Made
  // when something needs it (a listener, the session): a page that is never asked anything has
  // nothing to end.
  let life: AbortController | null = null;
  const lifeSignal = (): AbortSignal => (life ??= new AbortController()).signal;
  let lifeline: Lifeline | null = null;
  let stopWatching: (() => void) | null = null;
  // Whether this is the tab's top frame: the background says so when it loads the session. Asking
  // `window.top` costs about 1 ms in a fresh world, which a page that needs no session never pays.
  let top: boolean | null = null;
  const isTop = (): boolean => (top ??= window.top === window);
  // Made with the session: a page without Chinese text that is asked nothing never touches the
  // extension API at all (its first use costs a new page about a millisecond).
  let request: PageRequest | null = null;
  let session: LoadedSession | null = null;
  let loading: Promise<LoadedSession> | null = null;
  const ensure = (knownChinese = false): Promise<LoadedSession> => {
    listen();
    if (!loading) {
      const signal = lifeSignal();
      const watch = (lifeline ??= createLifeline(() => extensionAlive(extensionApi().runtime), () => life?.abort(), signal));
      const port = (request ??= createPagePort(extensionApi().runtime));
      const pending = loadSession(port).then(({ start, frame }) => {
        top = frame.top;
        session = start({ request: port, signal, cost, knownChinese, isTop: frame.top, settings: frame.settings, frameTarget: frame.target, writing: () => watch.arm() });
        return session;
      });
      // A failed load is tried again by the next request.
      pending.catch(() => {
        if (loading === pending) loading = null;
      });
      loading = pending;
    }
    return loading;
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

  /**
   * Starts listening for the background's messages: at once on a page with Chinese text, else
   * when the background first finds no listener here and wakes the frame (lib/messaging/wake.ts).
   * True when it started now.
   */
  let removers: (() => void)[] | null = null;
  function listen(): boolean {
    if (removers || life?.signal.aborted) return false;
    if (!extensionAlive(extensionApi().runtime)) {
      // An orphan of an older copy of the extension, woken by the new one (same isolated world).
      stopWatching?.();
      (life ??= new AbortController()).abort();
      return false;
    }
    removers = [
      onMessage('convertPage', async ({ data }) => (await ensure()).convert(data.target)),
      onMessage('convertFrame', async ({ data }) => (isTop() ? null : (await ensure()).convert(data.target))),
      // A page still being set up answers once it is (the session may be loading its code).
      onMessage('getPageReport', async () => {
        const made = session ?? (loading ? await loading : null);
        if (!made) return quietReport();
        return made.replyReport();
      }),
      onMessage('getPageUrl', () => location.href),
      onMessage('settingsChanged', ({ data }) => session?.onSettingsChanged(data)),
      onMessage('setHighlights', async ({ data }) => (session ? session.setHighlights(data.on) : false)),
      onMessage('revealMention', ({ data }) => (session ? session.reveal(data.mentionId, data.flash) : false)),
      onMessage('getSelectionText', () => String(getSelection() ?? '')),
    ];
    lifeSignal().addEventListener('abort', () => {
      for (const remove of removers ?? []) {
        try {
          remove();
        } catch {
          // An orphaned script may find the messaging API already gone: nothing left to remove.
        }
      }
    });
    return true;
  }
  (globalThis as Record<string, unknown>)[WAKE_HOOK] = listen;

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
    stopWatching = watchForChinese(() => {
      if (!loading && testChinese()) void ensure(true);
    });
  }
  /**
   * A page without Chinese text is checked again a little later (late-loading content), and after
   * each navigation inside the document (a single-page app moving to a Chinese article long after
   * load): history and hash changes, the Navigation API where there is one, and a new title. Ends
   * once the session exists (it follows navigations itself) or the script does. Returns the stop.
   */
  function watchForChinese(recheck: () => void): () => void {
    const check = (): void => {
      recheck();
      if (loading) stop();
    };
    // One timer at a time: the next re-check is set when the one before it has run.
    let recheckAt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const nextRecheck = (): void => {
      const after = RECHECK_DELAYS_MS[recheckAt];
      const before = recheckAt === 0 ? 0 : RECHECK_DELAYS_MS[recheckAt - 1]!;
      recheckAt++;
      if (after === undefined) return;
      timer = setTimeout(() => {
        check();
        if (!loading) nextRecheck();
      }, after - before);
    };
    nextRecheck();
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
      clearTimeout(timer);
      clearTimeout(soon);
      titleWatch?.disconnect();
      window.removeEventListener('popstate', onNavigate);
      window.removeEventListener('hashchange', onNavigate);
      nav?.removeEventListener('navigate', onNavigate);
    }
    return stop;
  }

  // Wiring time, without what the session already counted for itself.
  cost.add(Math.max(0, performance.now() - t0 - cost.totalMs));
  // A page without Chinese text says nothing by itself (the first message a frame sends costs it
  // milliseconds): the background asks it when it needs to know (the panel, a test).
}
