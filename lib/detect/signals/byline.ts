import type { Signal } from '../types';

/** Press bylines and credits (记者, 通讯员, 责任编辑, 来源 … data/byline-patterns.tsv): 0.5 per kind found, at most 2. */
export const byline: Signal = {
  id: 'byline',
  kind: 'press',
  examples: {
    match: [
      { url: 'https://x.com/', body: '<h1>标题</h1><div class="info">来源：周口日报 责任编辑：李晓静</div>' },
    ],
    noMatch: [
      { url: 'https://x.com/', body: '<h1>标题</h1><div class="info">据记者了解，大碶派出所所长瞿波告诉记者。</div>' },
    ],
  },
  detect(ctx) {
    const found = ctx.bylines;
    if (found.ids.length === 0) return null;
    const names = found.authors.length > 0 ? ` (${found.authors.join(', ')})` : '';
    return { id: this.id, kind: 'press', weight: Math.min(2, 0.5 * found.ids.length), detail: `credits: ${found.ids.join(', ')}${names}` };
  },
};
