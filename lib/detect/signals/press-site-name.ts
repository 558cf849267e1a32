import { metaValue } from '../tables/meta-names';
import { PRESS_NAME_SUFFIXES } from '../tables/name-endings';
import type { Signal } from '../types';

/** The site name (SiteName, og:site_name or a part of the title) ends like a press outlet's (日报, 晚报, 新闻网 …). */
export const pressSiteName: Signal = {
  id: 'press-site-name',
  kind: 'press',
  detect(ctx) {
    const names = [metaValue(ctx.metas, 'site')?.value ?? '', ...ctx.title.split(/\s*[_|｜–—-]\s*/).slice(1)];
    for (const name of names) {
      const suffix = PRESS_NAME_SUFFIXES.find((s) => name.endsWith(s));
      if (suffix && name.length <= 20) return { id: this.id, kind: 'press', weight: 1, detail: `site name ${name}` };
    }
    return null;
  },
};
