import type { Signal } from '../types';

/** The article region found (body selector or text density) and whether it looks like one article. */
export const articleRegion: Signal = {
  id: 'article-region',
  kind: 'article',
  detect(ctx) {
    const r = ctx.region;
    if (!r.element) return null;
    const ok = ctx.regionIsArticle;
    return {
      id: this.id,
      kind: 'article',
      weight: ok ? 1 : 0,
      detail: `${r.selector}: ${r.textLength} characters in ${r.paragraphs} paragraphs${ok ? '' : ' (not an article body)'}`,
    };
  },
};
