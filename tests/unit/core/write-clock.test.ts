import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSliceClock, createWriteClock, MAX_SLICE_MS } from '@/lib/dom/yield';

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

  /** The slice now starting runs `ms`: not expired 1 ms before, expired 1 ms after. */
  const expectSlice = (clock: ReturnType<typeof createWriteClock>, ms: number) => {
    const start = now;
    now = start + ms - 1;
    expect(clock.expired()).toBe(false);
    now = start + ms + 1;
    expect(clock.expired()).toBe(true);
  };

  it('keeps frame-sized slices where the page renders them quickly', async () => {
    const clock = clockAt(8);
    now = 9;
    expect(clock.expired()).toBe(true);
    await awayFor(clock, 2);
    expectSlice(clock, 8);
  });

  it('lets the next slice run as long as the page spent rendering the last one', async () => {
    const clock = clockAt(8);
    await awayFor(clock, 30);
    expectSlice(clock, 30);
  });

  it('never runs a slice past the long-task line, and shrinks back when frames get cheap', async () => {
    const clock = clockAt(8);
    await awayFor(clock, 400);
    expectSlice(clock, MAX_SLICE_MS);
    await awayFor(clock, 1);
    expectSlice(clock, 8);
  });

  it('keeps a fixed slice when it may not adapt (reading and collecting loops)', async () => {
    now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const clock = createSliceClock(8);
    await awayFor(clock, 400);
    expectSlice(clock, 8);
  });
});
