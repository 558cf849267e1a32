import { startContent } from '@/lib/content';

// The content script every http(s) page and frame runs (registered in wxt.config.ts): the loader
// of lib/content/index.ts. A plain script rather than WXT's content-script wrapper, whose context
// object (an abort controller, a location watcher, DOM events announcing each new copy) cost about
// as much as the loader itself on every page; the loader watches its extension itself
// (lib/content/lifeline.ts) and announces nothing to the page.
export default defineUnlistedScript(() => {
  startContent();
});
