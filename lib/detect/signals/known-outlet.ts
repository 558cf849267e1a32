import { findKnownOutlet } from '../tables/known-outlets';
import type { Signal } from '../types';

/** Host of a well-known press outlet (data/known-outlets.tsv). Weight 2: not enough on its own (threshold 2.5). */
export const knownOutlet: Signal = {
  id: 'known-outlet',
  kind: 'press',
  detect(ctx) {
    const outlet = findKnownOutlet(ctx.host);
    if (!outlet) return null;
    return { id: this.id, kind: 'press', weight: 2, detail: `known outlet ${outlet.name} (${outlet.hostSuffix}, ${outlet.region})` };
  },
};
