import text from '../data/self-media-markers.tsv?raw';
import { scoreMarkers } from '../markers';
import { parseMarkers } from '../tables/markers';
import type { Signal } from '../types';

const SELF_MEDIA_MARKERS = parseMarkers(text);
/** The markers must add up to this before the signal fires. */
const THRESHOLD = 4;
const MAX_WEIGHT = 6;

/** Page of a self-media platform (百家号, 微信公众号, 头条号, 网易号 …) (data/self-media-markers.tsv): "other" even when it reposts press text. */
export const selfMedia: Signal = {
  id: 'self-media',
  kind: 'other',
  examples: {
    match: [
      { url: 'https://mp.weixin.qq.com/s/abc' },
      { url: 'https://www.163.com/dy/article/ABC.html' },
    ],
    noMatch: [
      { url: 'https://news.163.com/24/0322/1.html' },
    ],
  },
  detect(ctx) {
    const { score, hits } = scoreMarkers(ctx, SELF_MEDIA_MARKERS);
    if (score < THRESHOLD) return null;
    return { id: this.id, kind: 'other', weight: Math.min(MAX_WEIGHT, score), detail: `self-media platform (百家号, 微信公众号, 头条号, 网易号 …): ${hits.join('; ')}` };
  },
};
