import { GOV_ORG_ENDINGS } from '../tables/name-endings';
import type { Signal } from '../types';

const SPONSOR = /(?:主办单位|主辦單位|主办|主辦|主管单位|主管單位|版权所有|版權所有|©)\s*[：:]?\s*([\u4e00-\u9fff（）()]{3,30})/g;

/**
 * 主办单位 (sponsor) in the footer is a government organ (name ends with 人民政府, 公安局, 办公室 … :
 * data/gov-org-endings.txt): 1.5; 2.5 when the name is a whole government (人民政府, 特別行政區政府).
 */
export const footerGovSponsor: Signal = {
  id: 'footer-gov-sponsor',
  kind: 'government',
  examples: {
    match: [
      { url: 'https://x.org.cn/', body: '<div class="footer">主办单位：宁波市公安局</div>' },
      { url: 'http://202.175.1.1/', body: '<footer>主辦單位：澳門特別行政區政府消防局</footer>' },
    ],
    noMatch: [
      { url: 'https://x.com/', body: '<div class="footer">主办单位：周口日报社</div>' },
    ],
  },
  detect(ctx) {
    for (const m of ctx.footerText.matchAll(SPONSOR)) {
      const name = m[1] ?? '';
      const ending = GOV_ORG_ENDINGS.find((e) => name.endsWith(e));
      if (!ending) continue;
      // A whole government (人民政府, 特別行政區政府) weighs more than one of its offices.
      const top = /人民政府|特别行政区政府|特別行政區政府/.test(name);
      return { id: this.id, kind: 'government', weight: top ? 2.5 : 1.5, detail: `footer sponsor ${name}` };
    }
    return null;
  },
};
