import text from '../data/shop-markers.tsv?raw';
import { scoreMarkers } from '../markers';
import { parseMarkers } from '../tables/markers';
import type { Signal } from '../types';

const SHOP_MARKERS = parseMarkers(text);
/** The markers must add up to this before the signal fires. */
const THRESHOLD = 3;
const MAX_WEIGHT = 6;

/** Page of a online shop (data/shop-markers.tsv): "other" even when it reposts press text. */
export const shop: Signal = {
  id: 'shop',
  kind: 'other',
  examples: {
    match: [
      { url: 'https://item.jd.com/1.html' },
      { url: 'https://x.com/item/1', head: '<meta property="og:type" content="product">', body: '<a>加入购物车</a>' },
    ],
    noMatch: [
      { url: 'https://x.com/news/1.html', body: '<p>运费</p>' },
    ],
  },
  detect(ctx) {
    const { score, hits } = scoreMarkers(ctx, SHOP_MARKERS);
    if (score < THRESHOLD) return null;
    return { id: this.id, kind: 'other', weight: Math.min(MAX_WEIGHT, score), detail: `online shop: ${hits.join('; ')}` };
  },
};
