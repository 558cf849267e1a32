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
  detect(ctx) {
    const { score, hits } = scoreMarkers(ctx, SHOP_MARKERS);
    if (score < THRESHOLD) return null;
    return { id: this.id, kind: 'other', weight: Math.min(MAX_WEIGHT, score), detail: `online shop: ${hits.join('; ')}` };
  },
};
