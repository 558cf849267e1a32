// Page detection: what kind of page is this (government / press / other), is it an article, in which
// script, and its citation metadata. Pure functions over a Document: works with the browser DOM,
// happy-dom and linkedom; no layout APIs, no browser.* APIs, no network.
import { classify } from './classify';
import { createSignalContext } from './context';
import { hasChineseText } from './has-chinese';
import { extractMetadata } from './metadata';
import { detectPageScript } from './script';
import { SIGNALS } from './signals';
import type { ArticleSummary, Evidence, PageDetection } from './types';

export { findArticleRegion } from './article';
export { decodeHtml } from './decode';
export { hasChineseText } from './has-chinese';
export type * from './types';

/** Characters of text the script decision looks at (plenty: one page in ten thousand needs more). */
const SCRIPT_SAMPLE_CHARS = 2_000;

export type PageDetectionWithArticle = PageDetection & { article: ArticleSummary };

/** Classify `doc` (whose address is `url`) and collect the evidence, the article region and the metadata. */
export function detectPage(doc: Document, url: string): PageDetectionWithArticle {
  return detectPageAndRegion(doc, url).detection;
}

/**
 * The same, plus the article region's element, for callers in the page (the content script
 * extracts and highlights inside it) so the region is not searched twice.
 */
export function detectPageAndRegion(doc: Document, url: string): { detection: PageDetectionWithArticle; region: Element | null } {
  const ctx = createSignalContext(doc, url);
  const evidence: Evidence[] = [];
  for (const signal of SIGNALS) {
    const e = signal.detect(ctx);
    if (e) evidence.push(e);
  }
  const hasChinese = hasChineseText(doc);
  const lang = doc.documentElement?.getAttribute('lang') ?? '';
  const sample = ctx.region.element && ctx.regionBlocks.length > 0 ? ctx.regionBlocks.join('\n') : ctx.bodyText;
  const script = detectPageScript(`${ctx.title}\n${sample.slice(0, SCRIPT_SAMPLE_CHARS)}`, lang);
  evidence.push({
    id: 'page-script',
    kind: 'script',
    weight: 0,
    detail: `${script.script}: ${script.simplified} simplified-only, ${script.traditional} traditional-only of ${script.han} Han characters`,
  });
  const { kind, confidence } = classify(evidence);
  const isShop = evidence.some((e) => e.id === 'shop');
  const detection: PageDetectionWithArticle = {
    kind,
    confidence,
    script: script.script,
    evidence,
    isArticle: hasChinese && !isShop && ctx.regionIsArticle,
    hasChinese,
    metadata: extractMetadata(ctx, hasChinese),
    article: { selector: ctx.region.selector, textLength: ctx.region.textLength, paragraphs: ctx.region.paragraphs },
  };
  return { detection, region: ctx.region.element };
}
