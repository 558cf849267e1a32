import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PortRequest } from '@/lib/messaging/page-port';
import type { LoadedFrame, PageArrival, PageVerdict } from '@/lib/messaging/protocol';
import { SESSION_HOOK, WRITTEN_MARK, type SessionHost, type StartSession } from '@/lib/content/session-hook';
import { WAKE_HOOK } from '@/lib/messaging/wake';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';

// The loader of a page with Chinese text sends its markup to be classified, and loads the session
// only when the background says the page needs it now, or when something is asked of the page.

const VERDICT = {
  kind: 'press',
  confidence: 0.9,
  script: 'simplified',
  evidence: [],
  isArticle: true,
  hasChinese: true,
  metadata: null,
  article: { selector: 'article', textLength: 40, paragraphs: 1 },
  pinyinArtifacts: 0,
} as unknown as PageVerdict;

const FRAME: LoadedFrame = { top: true, settings: { ...DEFAULT_SETTINGS }, target: null };

/** A stand-in background: answers the loader's port requests, injects a stand-in session on request. */
function fakeBackground(answerArrival: (data: unknown) => Omit<PageArrival, 'top'>) {
  const requests: PortRequest[] = [];
  const hosts: SessionHost[] = [];
  let messageListener: ((message: unknown, sender: unknown, reply: (r: unknown) => void) => unknown) | null = null;
  const start: StartSession = (host) => {
    hosts.push(host);
    return {
      convert: async () => ({ target: null, source: null, pinyinArtifacts: 0, artifactsHidden: false, written: 0, auto: null, lastPass: null }),
      setHighlights: async (on) => on,
      reveal: () => false,
      onSettingsChanged: () => undefined,
      replyReport: async () => ({ session: 'from-session' }) as never,
    };
  };
  /** What the background does when it injects session.js: the file calls the loader's hook. */
  const inject = () => ((globalThis as unknown as Record<string, (s: StartSession) => void>)[SESSION_HOOK]!)(start);
  const port = {
    onMessage: { listeners: [] as ((m: unknown) => void)[], addListener(l: (m: unknown) => void) { this.listeners.push(l); } },
    onDisconnect: { addListener: () => undefined },
    postMessage(request: PortRequest) {
      requests.push(request);
      setTimeout(() => {
        let res: unknown = null;
        if (request.type === 'pageArrived') {
          const answer = answerArrival(request.data);
          if (answer.frame) inject();
          res = { top: true, ...answer };
        } else if (request.type === 'loadSession') {
          inject();
          res = FRAME;
        }
        for (const l of port.onMessage.listeners) l({ id: request.id, res });
      }, 1);
    },
  };
  const runtime = {
    id: 'extension-id',
    connect: vi.fn(() => port),
    onMessage: {
      addListener: (l: typeof messageListener) => (messageListener = l),
      removeListener: () => undefined,
    },
  };
  vi.stubGlobal('browser', { runtime });
  vi.stubGlobal('chrome', { runtime });
  /** The background sends the frame a message; resolves with the reply. */
  const send = (type: string, data?: unknown) =>
    new Promise<{ res?: unknown; err?: unknown }>((resolve) => messageListener!({ id: 1, type, data, timestamp: Date.now() }, {}, (r) => resolve(r as { res?: unknown; err?: unknown })));
  return { requests, hosts, send };
}

function chinesePage(): void {
  document.documentElement.setAttribute('lang', 'zh-CN');
  document.title = '宁波警方开展网络安全专项检查';
  document.body.textContent = '近日，宁波市公安局网安支队走访辖区136家企业，排查隐患。';
}

async function startLoader(): Promise<void> {
  vi.resetModules();
  const { startContent } = await import('@/lib/content/index');
  startContent();
}

const settle = () => new Promise((r) => setTimeout(r, 30));

describe('the loader on a page with Chinese text', () => {
  beforeEach(chinesePage);
  afterEach(() => {
    vi.unstubAllGlobals();
    for (const key of [WAKE_HOOK, SESSION_HOOK]) delete (globalThis as Record<string, unknown>)[key];
  });

  it('sends the markup to be classified and, when nothing needs the session, loads none', async () => {
    const bg = fakeBackground(() => ({ verdict: VERDICT, frame: null }));
    await startLoader();
    await settle();
    expect(bg.requests.map((r) => r.type)).toEqual(['pageArrived']);
    const sent = bg.requests[0]!.data as { capture: { url: string; html: string }; written: boolean; session: string; costMs: number; detectMs: number };
    expect(sent.capture.url).toBe(location.href);
    expect(sent.capture.html).toContain('宁波市公安局网安支队');
    expect(sent.costMs).toBeGreaterThan(0);
    // Detection (the Chinese-text test and the markup) is part of the cost, counted once.
    expect(sent.detectMs).toBeGreaterThan(0);
    expect(sent.detectMs).toBeLessThanOrEqual(sent.costMs);
    expect(sent.written).toBe(false);
    expect(bg.hosts).toHaveLength(0);
    // No hook left waiting for a session that is not coming.
    expect(SESSION_HOOK in globalThis).toBe(false);
  });

  it('loads the session when the summary is asked, handing it the classification and the load cost', async () => {
    const bg = fakeBackground(() => ({ verdict: VERDICT, frame: null }));
    await startLoader();
    await settle();
    const reply = await bg.send('getPageReport');
    expect(reply.res).toEqual({ session: 'from-session' });
    expect(bg.requests.map((r) => r.type)).toEqual(['pageArrived', 'loadSession']);
    expect(bg.hosts).toHaveLength(1);
    const { known } = bg.hosts[0]!;
    expect(known.knownChinese).toBe(true);
    expect(known.verdict).toEqual({ url: location.href, verdict: VERDICT });
    expect(known.sessionId).toBe((bg.requests[0]!.data as { session: string }).session);
    expect(known.loadCostMs).toBeGreaterThan(0);
  });

  it('loads the session for highlights too (they need the summary), and not to turn them off', async () => {
    const bg = fakeBackground(() => ({ verdict: VERDICT, frame: null }));
    await startLoader();
    await settle();
    expect((await bg.send('setHighlights', { on: false })).res).toBe(false);
    expect(bg.hosts).toHaveLength(0);
    expect((await bg.send('setHighlights', { on: true })).res).toBe(true);
    expect(bg.hosts).toHaveLength(1);
  });

  it('starts the session at once when the background injects it with its answer (a conversion on load)', async () => {
    const bg = fakeBackground(() => ({ verdict: VERDICT, frame: FRAME }));
    await startLoader();
    await settle();
    expect(bg.hosts).toHaveLength(1);
    // Started from the arrival, so not loaded a second time when asked.
    await bg.send('getPageReport');
    expect(bg.requests.map((r) => r.type)).toEqual(['pageArrived']);
    expect(bg.hosts[0]!.known.loadCostMs).toBeNull();
  });

  it('a report asked while the markup is on its way waits for the answer, and loads the session once', async () => {
    const bg = fakeBackground(() => ({ verdict: VERDICT, frame: FRAME }));
    await startLoader();
    // Wakes nothing: the page listens from the start. Asked before the background has answered.
    await bg.send('getPageReport');
    expect(bg.requests.map((r) => r.type)).toEqual(['pageArrived']);
    expect(bg.hosts).toHaveLength(1);
  });

  it('says when the page shows text a gone instance of the script wrote (the session must finish it)', async () => {
    document.documentElement.setAttribute(WRITTEN_MARK, 'simplified>tw');
    try {
      const bg = fakeBackground(() => ({ verdict: VERDICT, frame: FRAME }));
      await startLoader();
      await settle();
      expect((bg.requests[0]!.data as { written: boolean }).written).toBe(true);
    } finally {
      document.documentElement.removeAttribute(WRITTEN_MARK);
    }
  });

  it('sends the markup again after a navigation inside the document, not before', async () => {
    const bg = fakeBackground(() => ({ verdict: VERDICT, frame: null }));
    await startLoader();
    await settle();
    window.dispatchEvent(new Event('popstate'));
    await new Promise((r) => setTimeout(r, 900));
    // Same address: nothing new to classify.
    expect(bg.requests.map((r) => r.type)).toEqual(['pageArrived']);
    history.pushState(null, '', '/news/2.html');
    document.body.textContent = '台湾警方破获诈骗集团，查扣不法所得三千万元。';
    window.dispatchEvent(new Event('popstate'));
    await new Promise((r) => setTimeout(r, 900));
    expect(bg.requests.map((r) => r.type)).toEqual(['pageArrived', 'pageArrived']);
    const second = bg.requests[1]!.data as { capture: { url: string; html: string } };
    expect(second.capture.url).toMatch(/\/news\/2\.html$/);
    expect(second.capture.html).toContain('诈骗集团');
  });
});
