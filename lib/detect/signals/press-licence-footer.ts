import type { Signal } from '../types';

/** 互联网新闻信息服务许可证 + number: a licensed news service. */
export const pressLicenceFooter: Signal = {
  id: 'press-licence-footer',
  kind: 'press',
  examples: {
    match: [
      { url: 'https://x.com/', body: '<footer>互联网新闻信息服务许可证：11120170001</footer>' },
    ],
    noMatch: [
      { url: 'https://x.com/', body: '<footer>增值电信业务经营许可证：京B2-20201234</footer>' },
    ],
  },
  detect(ctx) {
    const m = /互[联聯]网新[闻聞]信息服[务務]许可[证證][^0-9\n]{0,10}(\d{8,14})?/.exec(ctx.footerText);
    if (!m) return null;
    return { id: this.id, kind: 'press', weight: 2, detail: `互联网新闻信息服务许可证${m[1] ? ` ${m[1]}` : ''}` };
  },
};
