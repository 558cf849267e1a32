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
