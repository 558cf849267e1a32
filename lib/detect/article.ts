import { MAX_DEPTH, textBlocks } from './blocks';
import { firstMatches } from './first-matches';
import { bodySelectors } from './tables/body-selectors';
import { countHan, visibleLength } from './text';
import type { ArticleRegion } from './types';

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'BUTTON', 'IFRAME', 'TEXTAREA', 'SVG']);
const EXCLUDED_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM']);
const INLINE_TAGS = new Set(['A', 'SPAN', 'STRONG', 'B', 'EM', 'I', 'U', 'FONT', 'SUB', 'SUP', 'SMALL', 'BIG', 'MARK', 'TIME', 'LABEL', 'ABBR', 'CITE', 'Q', 'S', 'DEL', 'INS', 'BR', 'WBR', 'IMG']);
/** A paragraph-level element: its text goes to its parent (and grandparent) as a container. */
const PARAGRAPH_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'FIGCAPTION']);
/**
 * class / id tokens (split at space, _ and -) of page furniture: navigation, footers, related links,
 * comments. Not "pages": www.gov.cn's body is .pages_content.
 */
const NEGATIVE_TOKEN =
  /^(nav|navbar|menu|footer|foot|ft|header|hd|top|shortcut|sidebar|aside|related|relate|xgxw|xgwz|comment|comments|share|crumb|breadcrumb|position|location|copyright|toolbar|tools|banner|links|recommend|hotnews|rank|ad|ads|advert|bottom|channels|pgs|sign|authi|pls)$/i;

/** Minimum Han characters for a body-selector match, and for any region at all. */
const MIN_SELECTOR_HAN = 50;
const MIN_REGION_HAN = 20;
/** A paragraph counts when it holds at least this many Han characters. Short, on purpose: Chinese
 *  news paragraphs and newspaper lines are short (no 140-character rule as in Readability). */
const MIN_PARAGRAPH_HAN = 5;

function isNegative(el: Element): boolean {
  const id = el.getAttribute('id') ?? '';
  const cls = el.getAttribute('class') ?? '';
  const tokens = `${id} ${cls}`.split(/[\s_-]+/);
  return tokens.some((t) => t !== '' && NEGATIVE_TOKEN.test(t));
}

function describe(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const id = el.getAttribute('id');
  if (id) return `${tag}#${id}`;
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0];
  return cls ? `${tag}.${cls}` : tag;
}

interface RegionWithBlocks {
  region: ArticleRegion;
  blocks: string[];
}

function summarize(element: Element, selector: string): RegionWithBlocks {
  const blocks = textBlocks(element);
  const region = {
    element,
    selector,
    textLength: visibleLength(blocks.join('')),
    paragraphs: blocks.filter((b) => countHan(b) >= MIN_PARAGRAPH_HAN).length,
  };
  return { region, blocks };
}

/** Han characters inside links of `el` divided by all its Han characters. */
export function linkDensity(el: Element): number {
  const total = countHan(el.textContent ?? '');
  if (total === 0) return 0;
  let linked = 0;
  const links = el.querySelectorAll('a');
  for (let i = 0; i < links.length; i++) linked += countHan(links[i]?.textContent ?? '');
  return linked / total;
}

function scoreByDensity(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const own = new Map<Element, { han: number; link: number }>();
  const visit = (node: Node, block: Element, inLink: boolean, depth: number): void => {
    if (node.nodeType === 3) {
      const h = countHan(node.nodeValue ?? '');
      if (h === 0) return;
      const rec = own.get(block) ?? { han: 0, link: 0 };
      rec.han += h;
      if (inLink) rec.link += h;
      own.set(block, rec);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || EXCLUDED_TAGS.has(tag) || isNegative(el)) return;
    const nextBlock = INLINE_TAGS.has(tag) ? block : el;
    if (depth < MAX_DEPTH) for (let kid = el.firstChild; kid; kid = kid.nextSibling) visit(kid, nextBlock, inLink || tag === 'A', depth + 1);
  };
  visit(body, body, false, 0);

  const score = new Map<Element, number>();
  const add = (el: Element | null, v: number): void => {
    if (el) score.set(el, (score.get(el) ?? 0) + v);
  };
  for (const [el, rec] of own) {
    const plain = rec.han - rec.link;
    if (plain < MIN_PARAGRAPH_HAN) continue;
    // Links inside a paragraph lower its value: navigation-like blocks are mostly links.
    const value = plain * (1 - rec.link / rec.han);
    // A <p>'s text belongs to its parent; a <div>/<td> holding text directly (lines split by <br>) is
    // its own container. The container's parent gets half.
    const container = PARAGRAPH_TAGS.has(el.tagName.toUpperCase()) ? el.parentElement : el;
    add(container, value);
    add(container?.parentElement ?? null, value / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  if (!best) return null;
  // Descend through wrappers: a single child holding ≥ 90 % of the Han text is the better region.
  for (let depth = 0; depth < 12; depth++) {
    const total = countHan(best.textContent ?? '');
    let next: Element | null = null;
    const kids = best.children;
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i] as Element;
      if (countHan(kid.textContent ?? '') >= total * 0.9) next = kid;
    }
    if (!next || PARAGRAPH_TAGS.has(next.tagName.toUpperCase())) break;
    best = next;
  }
  return best;
}

/**
 * The known body container of highest priority present on the page: the first element matching
 * the selector, when it holds enough Han text.
 */
function bodySelectorMatch(doc: Document): { el: Element; selector: string } | null {
  const selectors = bodySelectors();
  const found = firstMatches(doc, selectors);
  for (const selector of selectors) {
    const el = found.get(selector);
    if (el && countHan(el.textContent ?? '') >= MIN_SELECTOR_HAN) return { el, selector };
  }
  return null;
}

/**
 * The element holding the article body, without navigation, related links and footers: the first known
 * body container (data/body-selectors.txt) with at least 50 Han characters; else the element with the
 * best text-density score (each text block's non-link Han characters, weighted down by its link share,
 * credited to its container, half to the container's parent; furniture by tag or class/id token excluded), descending through wrappers.
 * `selector` is the matched body selector, or a short descriptor (`td#postmessage_1`) of the scored element.
 */
export function findArticleRegion(doc: Document): ArticleRegion {
  return findArticleRegionBlocks(doc).region;
}

/** findArticleRegion, with the region's text blocks (used by the detector to avoid a second walk). */
export function findArticleRegionBlocks(doc: Document): RegionWithBlocks {
  const found = bodySelectorMatch(doc);
  if (found) return summarize(found.el, found.selector);
  const best = scoreByDensity(doc);
  if (!best || countHan(best.textContent ?? '') < MIN_REGION_HAN) {
    return { region: { element: null, selector: null, textLength: 0, paragraphs: 0 }, blocks: [] };
  }
  return summarize(best, describe(best));
}

/** Thresholds for an article page: enough Han text, more than one paragraph, few links. */
export const ARTICLE_MIN_HAN = 80;
export const ARTICLE_MIN_PARAGRAPHS = 2;
export const ARTICLE_MAX_LINK_DENSITY = 0.3;

/**
 * A block that reads like an entry of a news list or a rolling feed: it starts with a clock time or a
 * numeric date, or ends with a numeric date. ("9月22日，…" is how news paragraphs start, so it does not count.)
 */
const LIST_ENTRY = /^(?:\d{1,2}:\d{2}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}-\d{1,2}\s)|(?:\d{4}-\d{1,2}-\d{1,2}|\s\d{1,2}-\d{1,2})$/;

/** At least 3 list-like entries making up at least 40 % of the paragraphs. */
export function isListLike(blocks: readonly string[]): boolean {
  const paragraphs = blocks.filter((b) => countHan(b) >= MIN_PARAGRAPH_HAN);
  const entries = paragraphs.filter((b) => LIST_ENTRY.test(b)).length;
  return entries >= 3 && entries >= paragraphs.length * 0.4;
}

/**
 * Is the region the body of one article (as opposed to a list/home page, a rolling feed or a page
 * without Chinese text)? Needs ≥ 80 Han characters, ≥ 2 paragraphs, < 30 % of the text in links, and
 * blocks that do not read like a list of dated entries. `blocks` defaults to the region's text blocks.
 */
export function isArticleRegion(region: ArticleRegion, blocks?: readonly string[]): boolean {
  const el = region.element;
  if (!el) return false;
  if (region.paragraphs < ARTICLE_MIN_PARAGRAPHS) return false;
  if (countHan(el.textContent ?? '') < ARTICLE_MIN_HAN) return false;
  if (linkDensity(el) >= ARTICLE_MAX_LINK_DENSITY) return false;
  return !isListLike(blocks ?? textBlocks(el));
}
