import { hasChineseText } from '@/lib/detect/has-chinese';
import { sessionlessReport, type PageReport } from '@/lib/messaging/report';
import { captureMarkup } from '@/lib/detect/markup';
import type { LoadedFrame, PageVerdict } from '@/lib/messaging/protocol';
import { onMessage } from './messaging';
import { WAKE_HOOK } from '@/lib/messaging/wake';
import { createPagePort, type PageRequest } from './page-port';
import { createCostMeter } from './cost-meter';
import { extensionApi } from './extension-api';
import { createLifeline, extensionAlive, type Lifeline } from './lifeline';
import { newSessionId, SESSION_HOOK, WRITTEN_MARK, type LoadedSession, type StartSession } from './session-hook';

/** Re-checks of a page that had no Chinese text at first (late-loading content), then silence. */
const RECHECK_DELAYS_MS = [1500, 5000];
/** How long after a navigation inside the document its new content is looked at. */
const NAVIGATION_SETTLE_MS = 800;

/**
 * Asks the background something that may inject the session file (session-hook.ts): sets the
 * hook the session calls first, and when the answer says a session was injected, waits for it to
 * hand over its starter.
 */
async function askWithSessionHook<T>(ask: () => Promise<T>, injected: (answer: T) => LoadedFrame | null): Promise<{ answer: T; start: StartSession | null }> {
  const world = globalThis as Record<string, unknown>;
  const handed = new Promise<StartSession>((resolve) => {
    world[SESSION_HOOK] = (start: StartSession) => {
      delete world[SESSION_HOOK];
      resolve(start);
    };
  });
  let answer: T;
  try {
    answer = await ask();
  } catch (error) {
    delete world[SESSION_HOOK];
    throw error;
  }
  if (injected(answer) === null) {
    delete world[SESSION_HOOK];
    return { answer, start: null };
  }
  return { answer, start: await handed };
}

/**
 * The loader that runs in every frame (the session itself is another file: session-hook.ts). On
 * a page without Chinese text it does one cheap test and waits. On a page with Chinese text it
 * sends the page's markup to be classified (the background reports it to the panel and the
 * toolbar) and listens; the session (conversion, extraction, highlights) is loaded when the page
 * needs it at load (an automatic conversion, pinyin artifacts to hide) or when something is asked.
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
  // Whether this is the tab's top frame: the background says so when it answers. Asking
  // `window.top` costs about 1 ms in a fresh world, which a page that needs no session never pays.
  let top: boolean | null = null;
  const isTop = (): boolean => (top ??= window.top === window);
  // Made when first needed: a page without Chinese text that is asked nothing never touches the
  // extension API at all (its first use costs a new page about a millisecond).
  let request: PageRequest | null = null;
  const port = (): PageRequest => (request ??= createPagePort(extensionApi().runtime));
  const sessionId = newSessionId();
  /** The Chinese-text test's last answer. */
  let chinese = false;
  /** The background's classification of the page at the address the loader last sent. */
  let arrived: { url: string; verdict: PageVerdict } | null = null;
  /** The page's load cost, once the loader has settled without a session. */
  let settledCost: number | null = null;
  /** The address whose markup was last sent (null: none yet, the page has shown no Chinese text). */
  let sentUrl: string | null = null;
  /** The markup sent to be classified, answer pending. */
  let arriving: Promise<void> | null = null;
  let session: LoadedSession | null = null;
  let loading: Promise<LoadedSession> | null = null;

  function begin(start: StartSession, frame: LoadedFrame): LoadedSession {
    top = frame.top;
    stopWatching?.();
    const signal = lifeSignal();
    const watch = (lifeline ??= createLifeline(() => extensionAlive(extensionApi().runtime), () => life?.abort(), signal));
    const known = { knownChinese: chinese, verdict: arrived, sessionId, loadCostMs: settledCost };
    session = start({ request: port(), signal, cost, known, isTop: frame.top, settings: frame.settings, frameTarget: frame.target, writing: () => watch.arm() });
    return session;
  }

  /** The session, loaded now if it is not yet (a request that needs it). */
  const ensure = (): Promise<LoadedSession> => {
    listen();
    if (!loading) {
      const pending = (async () => {
        // The answer to the markup in flight may bring the session itself.
        if (arriving) await arriving.catch(() => undefined);
        if (session) return session;
        const { answer: frame, start } = await askWithSessionHook(() => port()('loadSession', undefined), (frame) => frame);
        if (!frame || !start) throw new Error('The session could not be loaded');
        return begin(start, frame);
      })();
      // A failed load is tried again by the next request.
      pending.catch(() => {
        if (loading === pending) loading = null;
      });
      loading = pending;
    }
    return loading;
  };

  /**
   * The page has Chinese text (at load, or at a new address inside the document): its markup goes
   * to be classified; the background starts the session if the page needs one now.
   */
  function arrive(): void {
    listen();
    const url = (sentUrl = location.href);
    const capture = cost.detect(() => captureMarkup(document, url));
    // Text a gone instance of this script wrote (WRITTEN_MARK): the session must finish it.
    const written = document.documentElement?.hasAttribute(WRITTEN_MARK) ?? false;
    // The cost of the page's load, as the background's report shows it (its answer adds little).
    const sent = { capture, written, session: sessionId, costMs: cost.totalMs, detectMs: cost.detectMs };
    const pending = askWithSessionHook(() => port()('pageArrived', sent), (answer) => answer.frame).then(({ answer, start }) =>
      cost.run(() => {
        top = answer.top;
        arrived = answer.verdict ? { url, verdict: answer.verdict } : null;
        if (start && answer.frame && !session) {
          const made = begin(start, answer.frame);
          loading ??= Promise.resolve(made);
          return;
        }
        settledCost ??= cost.totalMs;
        // The session follows navigations itself; the loader does until there is one.
        stopWatching ??= watchForChinese(false, recheck);
      }),
    );
    const tracked: Promise<void> = pending.finally(() => {
      if (arriving === tracked) arriving = null;
    });
    arriving = tracked;
    // An answer that never came (the background going away) leaves the page as served; the next
    // request loads the session.
    tracked.catch(() => undefined);
  }
  /** The report of a frame that has no Chinese text and no session (woken to be asked). */
  const quietReport = (): PageReport => sessionlessReport(location.href, null, 'quiet', cost.totalMs, cost.detectMs);

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
        if (arriving) await arriving.catch(() => undefined);
        // The report of a Chinese page carries its summary, which the session extracts.
        if (!session && !loading && !chinese) return quietReport();
        return (await ensure()).replyReport();
      }),
      onMessage('getPageUrl', () => location.href),
      onMessage('settingsChanged', ({ data }) => {
        if (session) session.onSettingsChanged(data);
        // A page whose pinyin artifacts the reader now wants hidden: the session starts and hides them.
        else if (!loading && data.hidePinyinArtifacts && (arrived?.verdict.pinyinArtifacts ?? 0) > 0) void ensure();
      }),
      // Highlights need the summary, which the session extracts: a Chinese page loads it for them.
      onMessage('setHighlights', async ({ data }) => (session || loading || (chinese && data.on) ? (await ensure()).setHighlights(data.on) : false)),
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
  const testChinese = (): boolean => cost.detect(() => hasChineseText(document));
  /** A re-check (late content, a navigation inside the document), until there is a session. */
  const recheck = (): void => {
    if (session || loading || arriving) return;
    if (sentUrl === null) {
      if ((chinese = testChinese())) arrive();
    } else if (location.href !== sentUrl) {
      // A new page in the same document: classified again, whatever its text (its report replaces the last).
      chinese = testChinese();
      arrive();
    }
  };
  if ((chinese = testChinese())) arrive();
  else stopWatching = watchForChinese(true, recheck);
  /**
   * Calls `recheck` after each navigation inside the document (a single-page app moving to another
   * article long after load): history and hash changes, the Navigation API where there is one, and
   * a new title; with `rechecks`, also a little later (late-loading content on a page without
   * Chinese text). Ends once the session exists (it follows navigations itself) or the script
   * does. Returns the stop.
   */
  function watchForChinese(rechecks: boolean, recheck: () => void): () => void {
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
      if (after === undefined || !rechecks) return;
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
