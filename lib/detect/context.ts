import { extractBylines } from './byline';
import { findArticleRegionBlocks, isArticleRegion } from './article';
import { textBlocks } from './blocks';
import { scanPage } from './scan';
import { collapseSpace } from './text';
import type { SignalContext } from './types';

const MAX_BODY_CHARS = 60_000;

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
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

/** Everything the signals look at, computed once. `url` is the page URL (any string; not fetched). */
export function createSignalContext(doc: Document, url: string): SignalContext {
  const parsed = parseUrl(url);
  const host = parsed && /^https?:$/.test(parsed.protocol) ? parsed.hostname.toLowerCase() : '';
  let gatewayHost: string | null = null;
  if (parsed && host === 'sc.isd.gov.hk') {
    const m = /^\/TuniS\/([^/]+)/i.exec(parsed.pathname);
    gatewayHost = m?.[1]?.toLowerCase() ?? null;
  }
  const scan = scanPage(doc);
  const bodyText = scan.blocks.join('\n').slice(0, MAX_BODY_CHARS);
  const { region, blocks: regionBlocks } = findArticleRegionBlocks(doc);
  const credits = creditBlocks(scan.h1, region.element);
  return {
    doc,
    url: parsed,
    host,
    gatewayHost,
    metas: scan.metas,
    title: collapseSpace(doc.title ?? ''),
    bodyText,
    // Footer-like elements when the page has them; else the tail of the body text.
    footerText: scan.footerText.trim() !== '' ? scan.footerText : bodyText.slice(-1500),
    links: scan.links,
    scriptSrcs: scan.scriptSrcs,
    canonical: scan.canonical,
    h1: scan.h1,
    crumb: scan.crumb,
    region,
    regionBlocks,
    regionIsArticle: isArticleRegion(region, regionBlocks),
    creditBlocks: credits,
    bylines: extractBylines([...credits, ...regionBlocks.slice(0, 4), ...regionBlocks.slice(-4)]),
  };
}
