/**
 * Adds up the main-thread time the content script spends in its own synchronous work, so the
 * benchmark can report the page-load cost of the extension on pages that ask nothing of it.
 */
export interface CostMeter {
  run<T>(fn: () => T): T;
  /** `run`, the time also counted as detection. */
  detect<T>(fn: () => T): T;
  add(ms: number): void;
  readonly totalMs: number;
  /** The part of the total that was detection at load (the Chinese-text test, the page snapshot). */
  detectMs: number;
}

export function createCostMeter(): CostMeter {
  let total = 0;
  return {
    run(fn) {
      const t0 = performance.now();
      try {
        return fn();
      } finally {
        total += performance.now() - t0;
      }
    },
    detect(fn) {
      const before = total;
      try {
        return this.run(fn);
      } finally {
        this.detectMs += total - before;
      }
    },
    add(ms) {
      total += ms;
    },
    get totalMs() {
      return total;
    },
    detectMs: 0,
  };
}
