import { browser } from 'wxt/browser';
import { extensionAlive } from './lifeline';

/** The part of WXT's content-script context the lifetime needs. */
export interface InvalidationSource {
  onInvalidated(cb: () => void): unknown;
}

/**
 * How long the content script lives: until the extension runtime behind it is gone (the extension
 * was updated, reloaded or removed).
 *
 * WXT also invalidates a content script when a DOM event on `document` says that a newer copy of it
 * started; any page can dispatch that event (WXT even posts its name to the page's window), and
 * obeying it would leave the reader with a silently dead extension. So an invalidation counts only
 * when the runtime is really gone, which is the case whenever a genuine newer copy starts.
 */
export function contentLifetime(ctx: InvalidationSource, runtimeAlive: () => boolean = () => extensionAlive(browser.runtime)): AbortSignal {
  const controller = new AbortController();
  ctx.onInvalidated(() => {
    if (!runtimeAlive()) controller.abort();
  });
  return controller.signal;
}
