import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWriteClock, MAX_SLICE_MS } from '@/lib/dom/yield';

describe('the write clock', () => {
  let now = 0;
  afterEach(() => vi.restoreAllMocks());
  const clockAt = (base: number) => {
    now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    return createWriteClock(base);
  };
  /** A yield during which the page was away `ms` (rendering what the last slice wrote). */
  const awayFor = async (clock: ReturnType<typeof createWriteClock>, ms: number) => {
    const back = clock.yield();
    now += ms;
    await back;
  };

  it('keeps frame-sized slices where the page renders them quickly', async () => {
    const clock = clockAt(8);
    now = 9;
    expect(clock.expired()).toBe(true);
    await awayFor(clock, 2);
    now += 7;
    expect(clock.expired()).toBe(false);
    now += 2;
    expect(clock.expired()).toBe(true);
  });

  it('lets the next slice run as long as the page spent rendering the last one', async () => {
    const clock = clockAt(8);
    await awayFor(clock, 30);
    now += 25;
    expect(clock.expired()).toBe(false);
    now += 6;
    expect(clock.expired()).toBe(true);
  });

  it('never runs a slice past the long-task line, and shrinks back when frames get cheap', async () => {
    const clock = clockAt(8);
    await awayFor(clock, 400);
    now += MAX_SLICE_MS - 1;
    expect(clock.expired()).toBe(false);
    now += 2;
    expect(clock.expired()).toBe(true);
    await awayFor(clock, 1);
    now += 9;
    expect(clock.expired()).toBe(true);
  });
});
