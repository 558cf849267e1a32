import { findKnownOutlet } from '../tables/known-outlets';
import type { Signal } from '../types';

/** Host of a well-known press outlet (data/known-outlets.tsv). Weight 2: not enough on its own (threshold 2.5). */
export const knownOutlet: Signal = {
  id: 'known-outlet',
  kind: 'press',
  examples: {
    match: [
      { url: 'https://news.sina.com.cn/c/1.shtml' },
      { url: 'http://zj.people.com.cn/n2/1.html' },
    ],
    noMatch: [
      { url: 'https://blog.sina.com.cn/s/1.html' },
      { url: 'https://notpeople.com.cn/' },
    ],
  },
  detect(ctx) {
    const outlet = findKnownOutlet(ctx.host);
    if (!outlet) return null;
    return { id: this.id, kind: 'press', weight: 2, detail: `known outlet ${outlet.name} (${outlet.hostSuffix}, ${outlet.region})` };
  },
};
