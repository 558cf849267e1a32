import type { Signal } from '../types';

/**
 * ICP备 / ICP证 / 公网安备 numbers: shown, never counted (weight 0). They only say the site is hosted in mainland
 * China; personal blogs and shops carry them too.
 */
export const icpRecord: Signal = {
  id: 'icp-record',
  kind: 'other',
  examples: {
    match: [
      { url: 'https://x.com/', body: '<footer>京ICP备12345678号-1</footer>' },
      { url: 'https://x.com/', body: '<footer>浙公网安备 33010602001234号</footer>' },
    ],
    noMatch: [
      { url: 'https://x.com/', body: '<footer>© 2024 Example</footer>' },
    ],
  },
  detect(ctx) {
    const m = /[\u4e00-\u9fff]ICP[备備证證]\s*\d+号?(?:-\d+)?|[\u4e00-\u9fff]公[网網]安[备備]\s*\d+号?/.exec(ctx.footerText);
    if (!m) return null;
    return { id: this.id, kind: 'other', weight: 0, detail: `${m[0]} (not counted: hosting registration, not a kind of site)` };
  },
};
