import type { Signal } from '../types';

/** JSON-LD NewsArticle (rare on mainland state media; counted when present). */
export const jsonLdNews: Signal = {
  id: 'json-ld-news',
  kind: 'press',
  examples: {
    match: [
      { url: 'https://x.com/', head: '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script>' },
    ],
    noMatch: [
      { url: 'https://x.com/', head: '<script type="application/ld+json">{"@type":"Product","name":"x"}</script>' },
    ],
  },
  detect(ctx) {
    for (const block of ctx.jsonLd) {
      const m = /"@type"\s*:\s*"((?:Reportage)?NewsArticle)"/.exec(block);
      if (m) return { id: this.id, kind: 'press', weight: 1.5, detail: `JSON-LD ${m[1]}` };
    }
    return null;
  },
};
