import { isValidSiteCode } from '../site-code';
import type { Signal } from '../types';

/** "网站标识码：3302000033" in the footer, with a valid code. */
export const footerSiteCode: Signal = {
  id: 'footer-site-code',
  kind: 'government',
  examples: {
    match: [
      { url: 'https://x.org.cn/', body: '<div class="footer">网站标识码：1400000045</div>' },
    ],
    noMatch: [
      { url: 'https://x.org.cn/', body: '<div class="footer">浙ICP备05012345号</div>' },
    ],
  },
  detect(ctx) {
    const m = /[网網]站[标標][识識][码碼]\s*[：:]?\s*((?:bm)?\d{6,10})/i.exec(ctx.footerText);
    if (!m?.[1]) return null;
    return isValidSiteCode(m[1])
      ? { id: this.id, kind: 'government', weight: 2, detail: `footer 网站标识码 ${m[1]}` }
      : { id: this.id, kind: 'government', weight: 0, detail: `footer 网站标识码 "${m[1]}" rejected: placeholder or malformed` };
  },
};
