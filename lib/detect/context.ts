import { findArticleRegion } from './article';
import { textBlocks } from './blocks';
import { collapseSpace } from './text';
import type { SignalContext } from './types';

const MAX_BODY_CHARS = 60_000;
const MAX_LINKS = 3_000;
const FOOTER_SELECTOR =
  'footer, #footer, .footer, #ft, .foot, #foot, .bottom, #bottom, .copyright, #copyright, .footer-wrap, #footer-wrap';

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function collectMetas(doc: Document): Map<string, string> {
  const metas = new Map<string, string>();
  const nodes = doc.querySelectorAll('meta');
  for (let i = 0; i < nodes.length; i++) {
    const m = nodes[i] as Element;
    const key = (m.getAttribute('name') ?? m.getAttribute('property') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = collapseSpace(m.getAttribute('content') ?? '');
    if (key && content && !metas.has(key)) metas.set(key, content);
  }
  return metas;
}

function shortBlocks(el: Element | null, max = 160): string[] {
  return el ? textBlocks(el, 20).filter((b) => b.length <= max) : [];
}

function creditBlocks(doc: Document, region: Element | null): string[] {
  const out: string[] = [];
  const h1 = doc.querySelector('h1');
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

/** Everything the signals look at, computed once. `url` is the page URL (any string; not fetched). */
export function createSignalContext(doc: Document, url: string): SignalContext {
  const parsed = parseUrl(url);
  const host = parsed && /^https?:$/.test(parsed.protocol) ? parsed.hostname.toLowerCase() : '';
  let gatewayHost: string | null = null;
  if (parsed && host === 'sc.isd.gov.hk') {
    const m = /^\/TuniS\/([^/]+)/i.exec(parsed.pathname);
    gatewayHost = m?.[1]?.toLowerCase() ?? null;
  }
  const body = doc.body;
  const bodyBlocks = body ? textBlocks(body, 3_000) : [];
  const bodyText = bodyBlocks.join('\n').slice(0, MAX_BODY_CHARS);
  const footers = doc.querySelectorAll(FOOTER_SELECTOR);
  const footerParts: string[] = [];
  for (let i = 0; i < footers.length && i < 10; i++) footerParts.push(collapseSpace(footers[i]?.textContent ?? ''));
  footerParts.push(bodyText.slice(-1500));
  const links: string[] = [];
  const anchors = doc.querySelectorAll('a[href]');
  for (let i = 0; i < anchors.length && i < MAX_LINKS; i++) links.push(anchors[i]?.getAttribute('href') ?? '');
  const scriptSrcs: string[] = [];
  const scripts = doc.querySelectorAll('script[src]');
  for (let i = 0; i < scripts.length; i++) scriptSrcs.push(scripts[i]?.getAttribute('src') ?? '');
  const region = findArticleRegion(doc);
  return {
    doc,
    url: parsed,
    host,
    gatewayHost,
    metas: collectMetas(doc),
    title: collapseSpace(doc.title ?? ''),
    bodyText,
    footerText: footerParts.join('\n'),
    links,
    scriptSrcs,
    region,
    regionBlocks: region.element ? textBlocks(region.element) : [],
    creditBlocks: creditBlocks(doc, region.element),
  };
}
