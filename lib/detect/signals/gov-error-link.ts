import { isValidSiteCode } from '../site-code';
import type { Signal } from '../types';

/** The 政府网站找错 link zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=<valid code>. */
export const govErrorLink: Signal = {
  id: 'gov-error-link',
  kind: 'government',
  examples: {
    match: [
      { url: 'https://x.org.cn/', body: '<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=bm07000001">找错</a>' },
    ],
    noMatch: [
      { url: 'https://x.org.cn/', body: '<a href="https://www.gov.cn/">中国政府网</a>' },
    ],
  },
  detect(ctx) {
    for (const href of ctx.links) {
      if (!/zfwzgl\.www\.gov\.cn\/exposure\/jiucuo/i.test(href)) continue;
      const code = /site_code=([^&#]+)/i.exec(href)?.[1] ?? '';
      if (isValidSiteCode(code)) {
        return { id: this.id, kind: 'government', weight: 2, detail: `政府网站找错 link with site_code ${code}` };
      }
      return { id: this.id, kind: 'government', weight: 0, detail: `政府网站找错 link with invalid site_code "${code}"` };
    }
    return null;
  },
};
