import { useEffect, useState } from 'preact/hooks';

/** What the panel and options states have in common: a snapshot, change events and a lifetime. */
export interface Store<T> {
  get(): T;
  subscribe(listener: () => void): () => void;
  start(signal: AbortSignal): Promise<void>;
}

/** Follows a store: starts it on mount, re-renders on every change, stops it on unmount. */
export function useStore<T>(store: Store<T>): T {
  const [snapshot, setSnapshot] = useState(store.get());
  useEffect(() => {
    const controller = new AbortController();
    const unsubscribe = store.subscribe(() => setSnapshot(store.get()));
    setSnapshot(store.get());
    void store.start(controller.signal);
    return () => {
      unsubscribe();
      controller.abort();
    };
  }, [store]);
  return snapshot;
}
