import { metaValue } from '../tables/meta-names';
import { PRESS_NAME_SUFFIXES } from '../tables/name-endings';
import type { Signal } from '../types';

const COPYRIGHT_BEFORE = /([\u4e00-\u9fff]{2,12})\s*(?:版[权權]所有|©)/g;
const COPYRIGHT_AFTER = /(?:版[权權]所有|©)\s*[：:]?\s*(?:©\s*)?(?:\d{4}\s*)?([\u4e00-\u9fff]{2,12})/g;

/**
 * The site's name ends like a press outlet's (日报, 晚报, 新闻网, 電台 … data/press-name-suffixes.txt): looked
 * for in SiteName / og:site_name, the parts of the title after the first, and the footer's copyright holder.
 */
export const pressSiteName: Signal = {
  id: 'press-site-name',
  kind: 'press',
  examples: {
    match: [
      { url: 'https://x.com/', head: '<title>我市警方开展集中行动_临沂日报</title>' },
      { url: 'https://x.hk/', body: '<div class="footer">香港電台 版權所有</div>' },
    ],
    noMatch: [
      { url: 'https://x.com/', head: '<title>千兆路由器_example商城</title>' },
    ],
  },
  detect(ctx) {
    const names = [metaValue(ctx.metas, 'site')?.value ?? '', ...ctx.title.split(/\s*[_|｜–—-]\s*/).slice(1)];
    for (const m of ctx.footerText.matchAll(COPYRIGHT_BEFORE)) names.push(m[1] ?? '');
    for (const m of ctx.footerText.matchAll(COPYRIGHT_AFTER)) names.push(m[1] ?? '');
    for (const name of names) {
      const suffix = PRESS_NAME_SUFFIXES.find((s) => name.endsWith(s));
      if (suffix && name.length <= 20) return { id: this.id, kind: 'press', weight: 1, detail: `site name ${name}` };
    }
    return null;
  },
};
