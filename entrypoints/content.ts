import { startContent } from '@/lib/content';
import { contentLifetime } from '@/lib/content/lifetime';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    startContent(contentLifetime(ctx));
  },
});
