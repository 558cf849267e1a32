import { describe, expect, it } from 'vitest';
import { servePagePort, type PortHandlers } from '@/lib/background/page-port';
import { createPagePort } from '@/lib/content/page-port';
import type { Source, Target } from '@/lib/convert/types';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';

type Listener<T extends unknown[]> = (...args: T) => void;
function event<T extends unknown[]>() {
  const listeners: Listener<T>[] = [];
  return {
    addListener: (l: Listener<T>) => listeners.push(l),
    fire: (...args: T) => listeners.slice().forEach((l) => l(...args)),
  };
}

/** A runtime whose connect() reaches serveConvertPort's onConnect, messages delivered asynchronously. */
function fakeRuntime() {
  const onConnect = event<[FakePort]>();
  const ports: { page: FakePort; background: FakePort }[] = [];
  interface FakePort {
    name: string;
    sender?: { tab?: { id: number }; frameId?: number };
    onMessage: ReturnType<typeof event<[unknown]>>;
    onDisconnect: ReturnType<typeof event<[]>>;
    postMessage(message: unknown): void;
    disconnect(): void;
  }
  const makePort = (name: string): FakePort => ({
    name,
    onMessage: event<[unknown]>(),
    onDisconnect: event<[]>(),
    postMessage: () => undefined,
    disconnect: () => undefined,
  });
  const connect = ({ name }: { name: string }) => {
    const page = makePort(name);
    const background = makePort(name);
    background.sender = { tab: { id: 7 }, frameId: 0 };
    let open = true;
    page.postMessage = (m) => {
      if (!open) throw new Error('Attempting to use a disconnected port object');
      const copy = structuredClone(m);
      setTimeout(() => background.onMessage.fire(copy));
    };
    background.postMessage = (m) => {
      const copy = structuredClone(m);
      setTimeout(() => open && page.onMessage.fire(copy));
    };
    // The background going away (a stopped service worker).
    background.disconnect = () => {
      open = false;
      page.onDisconnect.fire();
    };
    ports.push({ page, background });
    onConnect.fire(background);
    return page;
  };
  return { runtime: { connect, onConnect }, ports };
}

/** Handlers that answer from their data (and say who asked), as the background's do. */
function handlers(convertTexts: (texts: string[], from: Source, to: Target) => Promise<string[]>): PortHandlers {
  return {
    pageArrived: () => {
      throw new Error('not in this test');
    },
    loadSession: (_data, sender) => ({ top: false, settings: { ...DEFAULT_SETTINGS }, target: sender.tab?.id === 7 ? 'tw' : null }),
    convertTexts: (data) => convertTexts(data.texts, data.from, data.to),
    detectPage: () => {
      throw new Error('not in this test');
    },
    extractMentions: (data) => [data.text],
    reportPage: () => undefined,
    reportChunk: () => undefined,
  };
}

describe('the session port', () => {
  const upper = async (texts: string[], _from: Source, to: Target) => texts.map((t) => `${t}>${to}`);

  it('answers each request with its own result, on one port', async () => {
    const { runtime, ports } = fakeRuntime();
    servePagePort(runtime as never, handlers(upper));
    const request = createPagePort(runtime as never);
    const [a, b, frame] = await Promise.all([
      request('convertTexts', { texts: ['网络'], from: 'cn', to: 'tw', phrases: false }),
      request('convertTexts', { texts: ['软件', '安全'], from: 'cn', to: 'hk', phrases: false }),
      request('loadSession', undefined),
    ]);
    const settings = frame?.settings;
    const target = frame?.target;
    expect(a).toEqual(['网络>tw']);
    expect(b).toEqual(['软件>hk', '安全>hk']);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    // The handler learns the asking tab from the port.
    expect(target).toBe('tw');
    expect(await request('reportPage', {} as never)).toBeUndefined();
    expect(ports).toHaveLength(1);
  });

  it('passes the background error on', async () => {
    const { runtime } = fakeRuntime();
    servePagePort(runtime as never, handlers(upper));
    const request = createPagePort(runtime as never);
    await expect(request('detectPage', { capture: {} as never })).rejects.toThrow('not in this test');
    const failing = fakeRuntime().runtime;
    servePagePort(failing as never, handlers(async () => Promise.reject(new Error('no dictionary'))));
    await expect(createPagePort(failing as never)('convertTexts', { texts: ['网'], from: 'cn', to: 'tw', phrases: false })).rejects.toThrow('no dictionary');
  });

  it('fails what is in flight when the background goes, and connects again for the next request', async () => {
    const { runtime, ports } = fakeRuntime();
    let release: () => void = () => undefined;
    servePagePort(runtime as never, handlers((texts) => new Promise((resolve) => (release = () => resolve(texts)))));
    const request = createPagePort(runtime as never);
    const inFlight = request('convertTexts', { texts: ['网'], from: 'cn', to: 'tw', phrases: false });
    await new Promise((r) => setTimeout(r, 5));
    ports[0]!.background.disconnect();
    await expect(inFlight).rejects.toThrow(/closed/);
    const next = request('convertTexts', { texts: ['络'], from: 'cn', to: 'tw', phrases: false });
    await new Promise((r) => setTimeout(r, 5));
    release();
    expect(await next).toEqual(['络']);
    expect(ports).toHaveLength(2);
  });

  it('ignores ports of other names', async () => {
    const { runtime } = fakeRuntime();
    servePagePort(runtime as never, handlers(upper));
    const other = runtime.connect({ name: 'something-else' });
    const replies: unknown[] = [];
    other.onMessage.addListener((m) => replies.push(m));
    other.postMessage({ id: 1, type: 'convertTexts', data: { texts: ['网'], from: 'cn', to: 'tw', phrases: false } });
    await new Promise((r) => setTimeout(r, 10));
    expect(replies).toEqual([]);
  });
});
