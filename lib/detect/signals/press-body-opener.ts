import { PRESS_OPENERS } from '../tables/press-openers';
import type { Signal } from '../types';

/** A paragraph of the article region starts with a press dateline (本报讯, 新华社X月X日电 … data/press-openers.tsv). */
export const pressBodyOpener: Signal = {
  id: 'press-body-opener',
  kind: 'press',
  examples: {
    match: [
      { url: 'https://x.com/', body: '<div class="article-content"><p>本报讯（记者 张三）近日，市公安局破获一起电信网络诈骗案件，抓获犯罪嫌疑人十名。</p><p>警方提醒广大群众提高警惕，谨防各类新型诈骗手法。</p></div>' },
    ],
    noMatch: [
      { url: 'https://x.com/', body: '<div class="article-content"><p>近日，市公安局破获一起电信网络诈骗案件，本报讯员在现场了解到，抓获犯罪嫌疑人十名。</p><p>警方提醒广大群众提高警惕，谨防各类新型诈骗手法。</p></div>' },
    ],
  },
  detect(ctx) {
    for (const block of ctx.regionBlocks) {
      for (const opener of PRESS_OPENERS) {
        const m = opener.pattern.exec(block);
        if (m) return { id: this.id, kind: 'press', weight: 2, detail: `body opener ${opener.id}: ${m[0]}` };
      }
    }
    return null;
  },
};
