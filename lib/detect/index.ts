// Page detection: what kind of page is this (government / press / other), is it an article, in which
// script, and its citation metadata. Pure functions over a Document: works with the browser DOM,
// happy-dom and linkedom; no layout APIs, no browser.* APIs, no network.
import { classify } from './classify';
import { createSignalContext } from './context';
import { extractMetadata } from './metadata';
import { detectPageScript } from './script';
import { SIGNALS } from './signals';
import { readingText, snapshotPage, type PageSnapshot } from './snapshot';
import type { ArticleSummary, Evidence, PageDetection } from './types';

export { findArticleRegion } from './article';
export { decodeHtml } from './decode';
export { hasChineseText } from './has-chinese';
export { snapshotPage, type PageSnapshot } from './snapshot';
export type * from './types';

/** Characters of text the script decision looks at (plenty: one page in ten thousand needs more). */
const SCRIPT_SAMPLE_CHARS = 2_000;

export type PageDetectionWithArticle = PageDetection & { article: ArticleSummary };

/** Classify `doc` (whose address is `url`) and collect the evidence, the article region and the metadata. */
export function detectPage(doc: Document, url: string): PageDetectionWithArticle {
  return detectSnapshot(snapshotPage(doc, url).snapshot);
}

/**
 * The decision from a page's snapshot (snapshot.ts): pure data in, pure data out. The content
 * script takes the snapshot and the background runs this, where the tables stay loaded.
 */
export function detectSnapshot(snapshot: PageSnapshot): PageDetectionWithArticle {
  const ctx = createSignalContext(snapshot);
  const evidence: Evidence[] = [];
  for (const signal of SIGNALS) {
    const e = signal.detect(ctx);
    if (e) evidence.push(e);
  }
  const { hasChinese } = snapshot;
  const sample = readingText(snapshot);
  const script = detectPageScript(`${ctx.title}\n${sample.slice(0, SCRIPT_SAMPLE_CHARS)}`, snapshot.lang);
  evidence.push({
    id: 'page-script',
    kind: 'script',
    weight: 0,
    detail: `${script.script}: ${script.simplified} simplified-only, ${script.traditional} traditional-only of ${script.han} Han characters`,
  });
  const { kind, confidence } = classify(evidence);
  const isShop = evidence.some((e) => e.id === 'shop');
  return {
    kind,
    confidence,
    script: script.script,
    evidence,
    isArticle: hasChinese && !isShop && ctx.regionIsArticle,
    hasChinese,
    metadata: extractMetadata(ctx, hasChinese),
    article: { selector: ctx.region.selector, textLength: ctx.region.textLength, paragraphs: ctx.region.paragraphs },
  };
}
