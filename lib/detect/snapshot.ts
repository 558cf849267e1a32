import { findArticleRegionBlocks, isArticleRegion } from './article';
import { textBlocks } from './blocks';
import { firstMatches } from './first-matches';
import { hasChineseText } from './has-chinese';
import { scanPage } from './scan';
import { markerSelectors } from './tables/marker-selectors';
import { collapseSpace } from './text';
import type { ArticleSummary } from './types';

const MAX_BODY_CHARS = 60_000;

/**
 * What the detector needs from a page, read in one go and as plain JSON (DOM reads only). The
 * extension takes it in the background from the page's markup (capture.ts), or in the page for a
 * very large document, and classifies it there (detectSnapshot), where the signal tables and
 * their regular expressions are loaded once for every page instead of once per page load.
 */
export interface PageSnapshot {
  url: string;
  /** <html lang>, as written. */
  lang: string;
  title: string;
  hasChinese: boolean;
  /** Lower-cased meta name/property → first non-empty content, in document order. */
  metas: [string, string][];
  /** Body text blocks joined by newlines, bounded. */
  bodyText: string;
  /** Text of footer-like elements ('' when the page has none). */
  footerText: string;
  links: string[];
  scriptSrcs: string[];
  canonical: string | null;
  /** Text of the first <h1>, whitespace collapsed ('' when none). */
  h1: string;
  /** Link texts of the first breadcrumb-like element, in order (empty when none). */
  crumbLinks: string[];
  /** The article region found in the page (`found` false: none). */
  region: ArticleSummary & { found: boolean };
  regionBlocks: string[];
  regionIsArticle: boolean;
  /** Short text blocks next to the title and around the region (meta line, credits). */
  creditBlocks: string[];
  /** Links to conac.cn (the 党政机关 badge): href, and the words around it (link text, title, image). */
  conacLinks: { href: string; label: string }[];
  /** Text of JSON-LD blocks, bounded. */
  jsonLd: string[];
  /** The marker selectors (tables/marker-selectors.ts) that match an element of the page. */
  selectorHits: string[];
}

/** The text a reader reads on the page: the article's when one was found, else the body's. */
export function readingText(snapshot: PageSnapshot): string {
  return snapshot.region.found && snapshot.regionBlocks.length > 0 ? snapshot.regionBlocks.join('\n') : snapshot.bodyText;
}

function shortBlocks(el: Element | null, max = 160): string[] {
  return el ? textBlocks(el, 20).filter((b) => b.length <= max) : [];
}

function creditBlocks(h1: Element | null, region: Element | null): string[] {
  const out: string[] = [];
  let sib = h1?.nextElementSibling ?? null;
  for (let i = 0; sib && i < 4; i++, sib = sib.nextElementSibling) if (sib !== region) out.push(...shortBlocks(sib));
  if (region) {
    let before = region.previousElementSibling;
    for (let i = 0; before && i < 3; i++, before = before.previousElementSibling) out.push(...shortBlocks(before));
    let after = region.nextElementSibling;
    for (let i = 0; after && i < 3; i++, after = after.nextElementSibling) out.push(...shortBlocks(after));
  }
  return out;
}

function selectorHits(doc: Document): string[] {
  return [...firstMatches(doc, markerSelectors()).keys()];
}

function crumbLinks(crumb: Element | null): string[] {
  if (!crumb) return [];
  const out: string[] = [];
  const links = crumb.querySelectorAll('a');
  for (let i = 0; i < links.length && i < 50; i++) out.push(collapseSpace(links[i]?.textContent ?? ''));
  return out;
}

/**
 * Reads `doc` (whose address is `url`) for the detector; also gives the article region's element.
 * `hasChinese`: the caller's answer of hasChineseText(doc), when it has one.
 */
export function snapshotPage(doc: Document, url: string, hasChinese?: boolean): { snapshot: PageSnapshot; region: Element | null } {
  const scan = scanPage(doc);
  const { region, blocks } = findArticleRegionBlocks(doc);
  const snapshot: PageSnapshot = {
    url,
    lang: doc.documentElement?.getAttribute('lang') ?? '',
    title: doc.title ?? '',
    hasChinese: hasChinese ?? hasChineseText(doc),
    metas: [...scan.metas],
    bodyText: scan.blocks.join('\n').slice(0, MAX_BODY_CHARS),
    footerText: scan.footerText,
    links: scan.links,
    scriptSrcs: scan.scriptSrcs,
    canonical: scan.canonical,
    h1: collapseSpace(scan.h1?.textContent ?? ''),
    crumbLinks: crumbLinks(scan.crumb),
    region: { found: region.element !== null, selector: region.selector, textLength: region.textLength, paragraphs: region.paragraphs },
    regionBlocks: blocks,
    regionIsArticle: isArticleRegion(region, blocks),
    creditBlocks: creditBlocks(scan.h1, region.element),
    conacLinks: scan.conacLinks,
    jsonLd: scan.jsonLd,
    selectorHits: selectorHits(doc),
  };
  return { snapshot, region: region.element };
}
