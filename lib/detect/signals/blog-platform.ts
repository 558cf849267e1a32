import text from '../data/blog-markers.tsv?raw';
import { scoreMarkers } from '../markers';
import { parseMarkers } from '../tables/markers';
import type { Signal } from '../types';

const BLOG_MARKERS = parseMarkers(text);
/** The markers must add up to this before the signal fires. */
const THRESHOLD = 3;
const MAX_WEIGHT = 6;

/** Page of a blog (data/blog-markers.tsv): "other" even when it reposts press text. */
export const blogPlatform: Signal = {
  id: 'blog-platform',
  kind: 'other',
  examples: {
    match: [
      { url: 'https://blog.csdn.net/a/article/details/1' },
      { url: 'https://www.example.cn/2024/01/p/', head: '<meta name="generator" content="WordPress 6.5">' },
    ],
    noMatch: [
      { url: 'https://www.example.cn/news/1.html', body: '<p>博客</p>' },
    ],
  },
  detect(ctx) {
    const { score, hits } = scoreMarkers(ctx, BLOG_MARKERS);
    if (score < THRESHOLD) return null;
    return { id: this.id, kind: 'other', weight: Math.min(MAX_WEIGHT, score), detail: `blog: ${hits.join('; ')}` };
  },
};
