import { META_NAMES } from '../tables/meta-names';
import type { Signal } from '../types';

const GOV_META = META_NAMES.filter((m) => m.family === 'gov').map((m) => m.name);

/** At least three of the 2017 government-website guideline meta tags (SiteName, ColumnName, ArticleTitle, PubDate …). */
export const metaGovGuideline: Signal = {
  id: 'meta-gov-guideline',
  kind: 'government',
  examples: {
    match: [
      { url: 'http://x.gov.cn/', head: '<meta name="SiteName" content="某市人民政府"><meta name="ColumnName" content="要闻"><meta name="ArticleTitle" content="标题">' },
    ],
    noMatch: [
      { url: 'http://x.com/', head: '<meta name="SiteName" content="某公司"><meta name="keywords" content="a">' },
    ],
  },
  detect(ctx) {
    const present = GOV_META.filter((name) => ctx.metas.has(name));
    if (present.length < 3) return null;
    return { id: this.id, kind: 'government', weight: 1, detail: `government guideline meta tags: ${present.join(', ')}` };
  },
};
