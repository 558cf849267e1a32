import { normalizeDate } from '../dates';
import { metaValue } from '../tables/meta-names';
import type { Signal } from '../types';

/** A publication time in the meta tags or next to the title: article evidence. */
export const publishTime: Signal = {
  id: 'publish-time',
  kind: 'article',
  examples: {
    match: [
      { url: 'https://x.com/', head: '<meta name="PubDate" content="2024-05-06 09:00">' },
      { url: 'https://x.com/', body: '<h1>标题</h1><div class="info">2024年05月06日 09:00</div>' },
    ],
    noMatch: [
      { url: 'https://x.com/', body: '<h1>标题</h1><div class="info">来源：本网</div>' },
    ],
  },
  detect(ctx) {
    const meta = metaValue(ctx.metas, 'published');
    if (meta && normalizeDate(meta.value)) {
      return { id: this.id, kind: 'article', weight: 0.5, detail: `meta ${meta.name}: ${meta.value}` };
    }
    for (const block of ctx.creditBlocks) {
      if (normalizeDate(block)) return { id: this.id, kind: 'article', weight: 0.5, detail: `date near the title: ${block.slice(0, 40)}` };
    }
    return null;
  },
};
