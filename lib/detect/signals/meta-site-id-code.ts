import { isValidSiteCode } from '../site-code';
import type { Signal } from '../types';

/**
 * <meta name="SiteIDCode">: valid format (division-code prefix or bm + 8 digits) and SiteDomain equal to
 * the page host → 3; valid but no SiteDomain → 2; valid but SiteDomain names another host → 0.5 (copied
 * tag or mirror); placeholder or malformed → 0 (kept as evidence so the user sees it was rejected).
 */
export const metaSiteIdCode: Signal = {
  id: 'meta-site-id-code',
  kind: 'government',
  examples: {
    match: [
      { url: 'http://www.nbgaj.gov.cn/', head: '<meta content="3302000033" name="SiteIDCode"><meta name="SiteDomain" content="www.nbgaj.gov.cn">' },
      { url: 'http://www.example.gov.cn/', head: '<meta name="SiteIDCode" content="bm07000001">' },
    ],
    noMatch: [
      { url: 'http://www.example.com/', head: '<meta name="SiteName" content="某公司">' },
    ],
  },
  detect(ctx) {
    const code = ctx.metas.get('siteidcode');
    if (!code) return null;
    if (!isValidSiteCode(code)) {
      return { id: this.id, kind: 'government', weight: 0, detail: `SiteIDCode "${code}" rejected: placeholder or malformed` };
    }
    const domain = (ctx.metas.get('sitedomain') ?? '').toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '');
    const host = ctx.gatewayHost ?? ctx.host;
    if (!domain) return { id: this.id, kind: 'government', weight: 2, detail: `valid SiteIDCode ${code} (no SiteDomain)` };
    const same = host === domain || host.endsWith(`.${domain}`) || domain.endsWith(`.${host}`);
    return same
      ? { id: this.id, kind: 'government', weight: 3, detail: `valid SiteIDCode ${code}, SiteDomain ${domain} matches the host` }
      : { id: this.id, kind: 'government', weight: 0.5, detail: `valid SiteIDCode ${code}, but SiteDomain ${domain} is not this host (${host || 'none'})` };
  },
};
