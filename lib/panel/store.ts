import type { MessageKey } from '@/lib/i18n/messages';
import type { MessageParams } from '@/lib/i18n/translate';
import { NOTICE_MS } from './notice';

/** A short message to the reader (copied, saved, refused…), announced and shown for a while. */
export interface Notice {
  id: number;
  key: MessageKey;
  params?: MessageParams;
  tone: 'info' | 'error';
}

/**
 * The snapshot store both the panel and the options page are built on: an immutable snapshot,
 * listeners, notices that fade, and a stop/restart cycle tied to the root component's life.
 */
export interface Store<S extends { notice: Notice | null }> {
  get(): S;
  set(patch: Partial<S>): void;
  subscribe(listener: () => void): () => void;
  /** Confirmations fade after a few seconds (they were announced); errors stay until the next notice. */
  notify(key: MessageKey, tone?: Notice['tone'], params?: MessageParams): void;
  /** Starts (again, after an abort: the root component mounted anew) until `signal` aborts. */
  start(signal: AbortSignal): void;
}

export function createStore<S extends { notice: Notice | null }>(initial: S): Store<S> {
  let snapshot = initial;
  const listeners = new Set<() => void>();
  let noticeId = 0;
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  function set(patch: Partial<S>): void {
    if (stopped) return;
    snapshot = { ...snapshot, ...patch };
    for (const listener of [...listeners]) listener();
  }

  return {
    get: () => snapshot,
    set,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notify(key, tone = 'info', params) {
      const id = ++noticeId;
      set({ notice: { id, key, tone, ...(params ? { params } : {}) } } as Partial<S>);
      clearTimeout(noticeTimer);
      if (tone === 'info') {
        noticeTimer = setTimeout(() => {
          if (snapshot.notice?.id === id) set({ notice: null } as Partial<S>);
        }, NOTICE_MS);
      }
    },
    start(signal) {
      stopped = false;
      signal.addEventListener('abort', () => {
        clearTimeout(noticeTimer);
        stopped = true;
        listeners.clear();
      });
    },
  };
}
