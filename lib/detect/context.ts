import { extractBylines } from './byline';
import type { PageSnapshot } from './snapshot';
import { collapseSpace } from './text';
import type { SignalContext } from './types';

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Everything the signals look at, computed once from a page's snapshot. */
export function createSignalContext(snapshot: PageSnapshot): SignalContext {
  const parsed = parseUrl(snapshot.url);
  const host = parsed && /^https?:$/.test(parsed.protocol) ? parsed.hostname.toLowerCase() : '';
  let gatewayHost: string | null = null;
  if (parsed && host === 'sc.isd.gov.hk') {
    const m = /^\/TuniS\/([^/]+)/i.exec(parsed.pathname);
    gatewayHost = m?.[1]?.toLowerCase() ?? null;
  }
  const { bodyText, regionBlocks, creditBlocks } = snapshot;
  return {
    url: parsed,
    host,
    gatewayHost,
    metas: new Map(snapshot.metas),
    title: collapseSpace(snapshot.title),
    bodyText,
    // Footer-like elements when the page has them; else the tail of the body text.
    footerText: snapshot.footerText.trim() !== '' ? snapshot.footerText : bodyText.slice(-1500),
    links: snapshot.links,
    scriptSrcs: snapshot.scriptSrcs,
    canonical: snapshot.canonical,
    h1: snapshot.h1,
    crumbLinks: snapshot.crumbLinks,
    conacLinks: snapshot.conacLinks,
    jsonLd: snapshot.jsonLd,
    selectorHits: new Set(snapshot.selectorHits),
    region: snapshot.region,
    regionBlocks,
    regionIsArticle: snapshot.regionIsArticle,
    creditBlocks,
    bylines: extractBylines([...creditBlocks, ...regionBlocks.slice(0, 4), ...regionBlocks.slice(-4)]),
  };
}
