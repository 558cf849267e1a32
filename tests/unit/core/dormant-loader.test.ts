import { afterEach, describe, expect, it, vi } from 'vitest';
import { WAKE_HOOK } from '@/lib/messaging/wake';

// The loader on a page without Chinese text must not touch the extension API at all (its first
// use costs a new page about a millisecond) until the background wakes it (lib/messaging/wake.ts).
describe('the loader on a page without Chinese text', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    delete (globalThis as Record<string, unknown>)[WAKE_HOOK];
  });

  it('reads nothing of the extension API until it is woken, then listens once', async () => {
    vi.useFakeTimers();
    document.documentElement.setAttribute('lang', 'en');
    document.title = 'An ordinary page';
    document.body.textContent = 'Nothing Chinese here, just an ordinary English page.';
    let reads = 0;
    const runtime = { id: 'extension-id', onMessage: { addListener: vi.fn(), removeListener: vi.fn() }, connect: vi.fn() };
    const api = {
      get runtime() {
        reads++;
        return runtime;
      },
    };
    vi.stubGlobal('browser', api);
    vi.stubGlobal('chrome', api);
    vi.resetModules();
    const { startContent } = await import('@/lib/content/index');
    startContent();
    // Its re-checks (1.5 s and 5 s later) find nothing either.
    await vi.advanceTimersByTimeAsync(6000);
    expect(reads).toBe(0);
    expect(runtime.connect).not.toHaveBeenCalled();

    const wake = (globalThis as Record<string, unknown>)[WAKE_HOOK] as () => boolean;
    expect(wake()).toBe(true);
    expect(reads).toBeGreaterThan(0);
    expect(runtime.onMessage.addListener).toHaveBeenCalledTimes(1);
    // Woken already: nothing more to do, and the background does not send twice.
    expect(wake()).toBe(false);
    expect(runtime.onMessage.addListener).toHaveBeenCalledTimes(1);
    // Still no session: nothing was asked that needs one.
    expect(runtime.connect).not.toHaveBeenCalled();
  });
});
