import { PRESS_OPENERS } from '../tables/press-openers';
import type { Signal } from '../types';

/** A paragraph of the article region starts with a press dateline (本报讯, 新华社X月X日电 … data/press-openers.tsv). */
export const pressBodyOpener: Signal = {
  id: 'press-body-opener',
  kind: 'press',
  detect(ctx) {
    for (const block of ctx.regionBlocks) {
      for (const opener of PRESS_OPENERS) {
        const m = opener.pattern.exec(block);
        if (m) return { id: this.id, kind: 'press', weight: 2, detail: `body opener ${opener.id}: ${m[0]}` };
      }
    }
    return null;
  },
};
