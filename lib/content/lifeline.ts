/**
 * Notices when the extension this content script belongs to is gone (reloaded, updated, disabled
 * or removed) while the script itself keeps running: Chromium leaves such "orphaned" scripts
 * alive, with `runtime.id` undefined and every message failing. Polled only while armed (a page
 * the extension has written to), so pages it never touched pay nothing.
 */
export interface Lifeline {
  /** Starts watching (idempotent). */
  arm(): void;
}

export function createLifeline(
  isAlive: () => boolean,
  onGone: () => void,
  signal: AbortSignal,
  intervalMs = 1000,
): Lifeline {
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
  };
  signal.addEventListener('abort', stop);
  return {
    arm() {
      if (timer !== undefined || signal.aborted) return;
      timer = setInterval(() => {
        if (isAlive()) return;
        stop();
        onGone();
      }, intervalMs);
    },
  };
}

/** Whether the extension context of this script still exists (`runtime.id` goes away with it). */
export function extensionAlive(runtime: { id?: string } | undefined): boolean {
  try {
    return typeof runtime?.id === 'string' && runtime.id.length > 0;
  } catch {
    return false;
  }
}
