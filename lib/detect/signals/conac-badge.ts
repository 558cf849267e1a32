import type { Signal } from '../types';

const BLUE = /事业单位|事業單位|blue/i;

/**
 * The 党政机关 badge: a link to bszs.conac.cn/sitename or a script from dcs.conac.cn. Red badge (party /
 * government organ) → 2.5; blue badge (事业单位, public institution: newspapers carry it too) → 0.5.
 */
export const conacBadge: Signal = {
  id: 'conac-badge',
  kind: 'government',
  examples: {
    match: [
      { url: 'https://x.org.cn/', body: '<a href="https://bszs.conac.cn/sitename?method=show&amp;id=1"><img src="red.png" alt="党政机关"></a>' },
    ],
    noMatch: [
      { url: 'https://x.org.cn/', body: '<a href="https://www.conac.cn/">中央编办</a>' },
    ],
  },
  detect(ctx) {
    const script = ctx.scriptSrcs.find((s) => /dcs\.conac\.cn/i.test(s));
    let blue = false;
    let found = script ?? null;
    if (!found) {
      for (const { href, label } of ctx.conacLinks) {
        if (!/bszs\.conac\.cn|conac\.cn\/sitename/i.test(href)) continue;
        blue = BLUE.test(label);
        found = href;
        break;
      }
    }
    if (!found) return null;
    return blue
      ? { id: this.id, kind: 'government', weight: 0.5, detail: 'conac badge for a public institution (事业单位)' }
      : { id: this.id, kind: 'government', weight: 2.5, detail: `党政机关 badge (conac.cn): ${found.slice(0, 80)}` };
  },
};
