import { startContent } from '@/lib/content';
import { contentLifetime } from '@/lib/content/lifetime';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  // WXT's window.postMessage announcing a new copy of the script reaches every listener of the page
  // (and the page's own poorly written ones); the DOM event it also sends is enough.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startContent(contentLifetime(ctx));
  },
});
