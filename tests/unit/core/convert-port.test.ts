import { describe, expect, it } from 'vitest';
import { serveConvertPort } from '@/lib/background/convert-port';
import { createConvertPort } from '@/lib/content/convert-port';
import type { Source, Target } from '@/lib/convert/types';

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

describe('the conversion port', () => {
  const upper = async (texts: string[], _from: Source, to: Target) => texts.map((t) => `${t}>${to}`);

  it('answers each request with its own texts, on one port', async () => {
    const { runtime, ports } = fakeRuntime();
    serveConvertPort(runtime as never, upper);
    const convert = createConvertPort(runtime as never);
    const [a, b] = await Promise.all([convert(['网络'], 'cn', 'tw', false), convert(['软件', '安全'], 'cn', 'hk', false)]);
    expect(a).toEqual(['网络>tw']);
    expect(b).toEqual(['软件>hk', '安全>hk']);
    expect(ports).toHaveLength(1);
  });

  it('passes the background error on', async () => {
    const { runtime } = fakeRuntime();
    serveConvertPort(runtime as never, async () => {
      throw new Error('no dictionary');
    });
    await expect(createConvertPort(runtime as never)(['网'], 'cn', 'tw', false)).rejects.toThrow('no dictionary');
  });

  it('fails what is in flight when the background goes, and connects again for the next request', async () => {
    const { runtime, ports } = fakeRuntime();
    let release: () => void = () => undefined;
    serveConvertPort(runtime as never, (texts) => new Promise((resolve) => (release = () => resolve(texts))));
    const convert = createConvertPort(runtime as never);
    const inFlight = convert(['网'], 'cn', 'tw', false);
    await new Promise((r) => setTimeout(r, 5));
    ports[0]!.background.disconnect();
    await expect(inFlight).rejects.toThrow(/closed/);
    const next = convert(['络'], 'cn', 'tw', false);
    await new Promise((r) => setTimeout(r, 5));
    release();
    expect(await next).toEqual(['络']);
    expect(ports).toHaveLength(2);
  });

  it('ignores ports of other names', async () => {
    const { runtime } = fakeRuntime();
    serveConvertPort(runtime as never, upper);
    const other = runtime.connect({ name: 'something-else' });
    const replies: unknown[] = [];
    other.onMessage.addListener((m) => replies.push(m));
    other.postMessage({ id: 1, texts: ['网'], from: 'cn', to: 'tw', phrases: false });
    await new Promise((r) => setTimeout(r, 10));
    expect(replies).toEqual([]);
  });
});
