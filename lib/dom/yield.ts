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

/** The longest a slice may run when it adapts: under the 50 ms long-task line, with room for the rest of its task. */
export const MAX_SLICE_MS = 40;

export interface SliceClock {
  /** The current slice has run its time. */
  expired(): boolean;
  /** Starts a new slice now. */
  reset(): void;
  /** Gives the page its turn (yieldToPage), then starts a new slice. */
  yield(): Promise<void>;
}

/**
 * A clock for time-sliced loops: slices of `budgetMs`. With `maxMs` above it, each yield is timed
 * and the next slice may run as long as the page was away, at most `maxMs`: for writes the page
 * has to lay out, where the page's time away is mostly the rendering of what the last slice
 * wrote. Where a frame costs little the slices stay short; where every frame re-lays out a huge
 * container (30,000 paragraphs in one block: 100-250 ms a frame), fewer, longer slices mean
 * fewer such frames.
 */
export function createSliceClock(budgetMs: number, maxMs = budgetMs): SliceClock {
  let budget = budgetMs;
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
      budget = Math.min(maxMs, Math.max(budgetMs, away));
      start = performance.now();
    },
  };
}

/** The clock of a pass's writes: slices of `baseMs`, longer as the page's rendering of them takes longer. */
export function createWriteClock(baseMs: number, maxMs = MAX_SLICE_MS): SliceClock {
  return createSliceClock(baseMs, maxMs);
}
