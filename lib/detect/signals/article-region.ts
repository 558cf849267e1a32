import type { Signal } from '../types';

/** The article region found (body selector or text density) and whether it looks like one article. */
export const articleRegion: Signal = {
  id: 'article-region',
  kind: 'article',
  examples: {
    match: [
      { url: 'https://x.com/', body: '<div class="TRS_Editor"><p>近日，市委网信办会同公安、通信管理等部门开展网络安全检查，覆盖重点行业单位。</p><p>检查发现的问题隐患已全部反馈相关单位，并限期完成整改。</p><p>各单位要落实网络安全责任制，加强日常监测预警和应急处置，确保网络安全形势总体平稳。</p></div>' },
    ],
    noMatch: [
      { url: 'https://x.com/', body: '<p>Only English text.</p>' },
    ],
  },
  detect(ctx) {
    const r = ctx.region;
    if (!r.found) return null;
    const ok = ctx.regionIsArticle;
    return {
      id: this.id,
      kind: 'article',
      weight: ok ? 1 : 0,
      detail: `${r.selector}: ${r.textLength} characters in ${r.paragraphs} paragraphs${ok ? '' : ' (not an article body)'}`,
    };
  },
};
