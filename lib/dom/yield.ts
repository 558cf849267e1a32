/**
 * Gives the page's main thread back between slices of work. A MessageChannel task runs as soon as
 * the event loop is free (unlike setTimeout, which background tabs clamp to a second).
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A clock for time-sliced loops. */
export function createSliceClock(budgetMs: number): { expired(): boolean; reset(): void } {
  let start = performance.now();
  return {
    expired: () => performance.now() - start > budgetMs,
    reset: () => {
      start = performance.now();
    },
  };
}

/**
 * The longest a write slice may run: under the 50 ms long-task line, with room for the rest of its
 * task (the observer's bookkeeping, the last write's overrun of the clock).
 */
export const MAX_SLICE_MS = 40;

/**
 * A slice clock for writes the page has to lay out. Each yield is timed: the page's time away is
 * mostly the rendering of what the last slice wrote, and the next slice may run as long as that
 * (at least `baseMs`, at most MAX_SLICE_MS). Where a frame costs little the slices stay
 * short; where every frame re-lays out a huge container whatever changed in it (30,000
 * paragraphs in one block: 100-250 ms a frame), fewer, longer slices mean fewer such frames.
 */
export function createWriteClock(baseMs: number, maxMs = MAX_SLICE_MS): { expired(): boolean; reset(): void; yield(): Promise<void> } {
  let budget = baseMs;
  let start = performance.now();
  return {
    expired: () => performance.now() - start > budget,
    reset: () => {
      start = performance.now();
    },
    async yield() {
      const left = performance.now();
      await yieldToPage();
      const away = performance.now() - left;
      budget = Math.min(maxMs, Math.max(baseMs, away));
      start = performance.now();
    },
  };
}
