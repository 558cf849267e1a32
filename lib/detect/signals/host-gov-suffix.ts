import { findGovHostSuffix } from '../tables/gov-host-suffixes';
import type { Signal } from '../types';

/** Host under .gov.cn / .gov.tw / .gov.hk / .gov.mo (data/gov-host-suffixes.tsv); HK's TuniS gateway counts for its original host. */
export const hostGovSuffix: Signal = {
  id: 'host-gov-suffix',
  kind: 'government',
  examples: {
    match: [
      { url: 'https://gaj.ningbo.gov.cn/art/1.html' },
      { url: 'https://sc.isd.gov.hk/TuniS/www.info.gov.hk/gia/general/1.htm' },
      { url: 'https://www.gov.taipei/News.aspx' },
      { url: 'https://www.gcs.gov.mo/detail/1' },
    ],
    noMatch: [
      { url: 'https://www.gov.cn.example.com/' },
      { url: 'https://govcn.com/' },
    ],
  },
  detect(ctx) {
    const hosts = ctx.gatewayHost ? [ctx.gatewayHost, ctx.host] : [ctx.host];
    for (const host of hosts) {
      const hit = findGovHostSuffix(host);
      if (hit) {
        const via = ctx.gatewayHost && host === ctx.gatewayHost ? ` (via the ${ctx.host} simplified-script gateway)` : '';
        return { id: this.id, kind: 'government', weight: 4, detail: `host ${host} is under ${hit.suffix}${via}` };
      }
    }
    return null;
  },
};
