import { BLOCK_TAGS, MAX_DEPTH, SKIP_TAGS } from './blocks';
import { collapseSpace } from './text';

/** What one pass over the document collects for the signals (querySelector is slow on some DOMs). */
export interface PageScan {
  /** Lower-cased meta name/property → first non-empty content. */
  metas: Map<string, string>;
  /** Body text blocks (see blocks.ts), bounded. */
  blocks: string[];
  /** Text of footer-like elements (<footer>, #footer, .foot, .copyright …). */
  footerText: string;
  links: string[];
  scriptSrcs: string[];
  canonical: string | null;
  h1: Element | null;
  /** First breadcrumb-like element (.crumb, .position, .location, 当前位置 …). */
  crumb: Element | null;
  /** Links to conac.cn (the 党政机关 badge): href, and the words around it (text, title, image). */
  conacLinks: { href: string; label: string }[];
  /** Text of JSON-LD blocks, bounded. */
  jsonLd: string[];
}

// Whole class/id tokens (space-separated), tested on "id class" without splitting.
const FOOTER_TOKEN = /(?:^|\s)(?:footer|foot|ft|bottom|copyright|footer-wrap|foot-wrap|gov-footer)(?:\s|$)/i;
const CRUMB_TOKEN = /(?:^|\s)(?:crumb|crumbs|breadcrumb|bread|position|location|dqwz|current-position|path|pt|BreadcrumbNav)(?:\s|$)/i;

const MAX_BLOCKS = 3_000;
const MAX_LINKS = 3_000;
const MAX_CONAC_LINKS = 5;
const MAX_JSON_LD_CHARS = 20_000;

/** "id class" of an element, or '' when it has neither. */
function idClass(el: Element): string {
  const id = el.getAttribute('id');
  const cls = el.getAttribute('class');
  return id || cls ? `${id ?? ''} ${cls ?? ''}` : '';
}

/** One depth-first pass over the document. */
export function scanPage(doc: Document): PageScan {
  const scan: PageScan = { metas: new Map(), blocks: [], footerText: '', links: [], scriptSrcs: [], canonical: null, h1: null, crumb: null, conacLinks: [], jsonLd: [] };
  let jsonLdBudget = MAX_JSON_LD_CHARS;
  const footerParts: string[] = [];
  let current = '';
  let footerDepth = 0;
  let footerBuf = '';
  const flush = (): void => {
    const t = collapseSpace(current);
    if (t && scan.blocks.length < MAX_BLOCKS) scan.blocks.push(t);
    current = '';
  };
  const visit = (node: Node, inBody: boolean, depth: number): void => {
    if (node.nodeType === 3) {
      if (inBody) {
        const v = node.nodeValue ?? '';
        // Text beyond the block budget is not kept (links, metas and footers are still collected).
        if (scan.blocks.length < MAX_BLOCKS) current += v;
        if (footerDepth > 0) footerBuf += v;
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    switch (tag) {
      case 'META': {
        const key = (el.getAttribute('name') ?? el.getAttribute('property') ?? el.getAttribute('itemprop') ?? '').trim().toLowerCase();
        const content = collapseSpace(el.getAttribute('content') ?? '');
        if (key && content && !scan.metas.has(key)) scan.metas.set(key, content);
        return;
      }
      case 'LINK':
        if (!scan.canonical && (el.getAttribute('rel') ?? '').toLowerCase() === 'canonical') scan.canonical = el.getAttribute('href');
        return;
      case 'SCRIPT': {
        const src = el.getAttribute('src');
        if (src) scan.scriptSrcs.push(src);
        else if (jsonLdBudget > 0 && (el.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json') {
          const text = (el.textContent ?? '').slice(0, jsonLdBudget);
          jsonLdBudget -= text.length;
          scan.jsonLd.push(text);
        }
        return;
      }
      case 'A': {
        const href = el.getAttribute('href');
        if (href !== null && scan.links.length < MAX_LINKS) scan.links.push(href);
        if (href !== null && scan.conacLinks.length < MAX_CONAC_LINKS && href.includes('conac.cn')) {
          const img = el.querySelector('img');
          scan.conacLinks.push({
            href,
            label: `${el.textContent ?? ''} ${el.getAttribute('title') ?? ''} ${img?.getAttribute('src') ?? ''} ${img?.getAttribute('alt') ?? ''}`,
          });
        }
        break;
      }
      case 'H1':
        scan.h1 ??= el;
        break;
      case 'BODY':
        inBody = true;
        break;
    }
    if (SKIP_TAGS.has(tag)) return;
    const names = inBody ? idClass(el) : '';
    if (names && !scan.crumb && CRUMB_TOKEN.test(names)) scan.crumb = el;
    const isFooter = inBody && (tag === 'FOOTER' || (names !== '' && FOOTER_TOKEN.test(names)));
    if (isFooter) footerDepth++;
    const block = BLOCK_TAGS.has(tag);
    if (block && inBody) {
      flush();
      if (footerDepth > 0) footerBuf += ' ';
    }
    if (depth < MAX_DEPTH) for (let kid = node.firstChild; kid; kid = kid.nextSibling) visit(kid, inBody, depth + 1);
    if (block && inBody) flush();
    if (isFooter) {
      footerDepth--;
      if (footerDepth === 0) {
        footerParts.push(collapseSpace(footerBuf));
        footerBuf = '';
      }
    }
  };
  if (doc.documentElement) visit(doc.documentElement, false, 0);
  flush();
  scan.footerText = footerParts.join('\n');
  return scan;
}
