import text from '../data/content-farm-markers.tsv?raw';
import { scoreMarkers } from '../markers';
import { parseMarkers } from '../tables/markers';
import type { Signal } from '../types';

const CONTENT_FARM_MARKERS = parseMarkers(text);
/** The markers must add up to this before the signal fires. */
const THRESHOLD = 3;
const MAX_WEIGHT = 6;

/** Page of a content farm / aggregator (data/content-farm-markers.tsv): "other" even when it reposts press text. */
export const contentFarm: Signal = {
  id: 'content-farm',
  kind: 'other',
  examples: {
    match: [
      { url: 'https://kknews.cc/zh-tw/society/1.html' },
    ],
    noMatch: [
      { url: 'https://www.cna.com.tw/news/1.aspx' },
    ],
  },
  detect(ctx) {
    const { score, hits } = scoreMarkers(ctx, CONTENT_FARM_MARKERS);
    if (score < THRESHOLD) return null;
    return { id: this.id, kind: 'other', weight: Math.min(MAX_WEIGHT, score), detail: `content farm / aggregator: ${hits.join('; ')}` };
  },
};
