import type { Marker } from './tables/markers';
import type { SignalContext } from './types';

export interface MarkerScore {
  score: number;
  hits: string[];
}

function jsonLdTypes(blocks: readonly string[]): string[] {
  const types: string[] = [];
  for (const raw of blocks) {
    for (const m of raw.matchAll(/"@type"\s*:\s*(?:"([^"]+)"|\[([^\]]*)\])/g)) {
      if (m[1]) types.push(m[1]);
      if (m[2]) for (const t of m[2].matchAll(/"([^"]+)"/g)) if (t[1]) types.push(t[1]);
    }
  }
  return types;
}

/** Sum of the weights of the markers present on the page, with the list of markers hit (for evidence). */
export function scoreMarkers(ctx: SignalContext, markers: readonly Marker[]): MarkerScore {
  const hits: string[] = [];
  let score = 0;
  const hostPath = ctx.url ? `${ctx.host}${ctx.url.pathname}` : ctx.host;
  const generator = ctx.metas.get('generator') ?? '';
  let ldTypes: string[] | null = null;
  for (const m of markers) {
    let hit = false;
    switch (m.type) {
      case 'host': hit = ctx.host === m.value; break;
      case 'host-prefix': hit = ctx.host.startsWith(m.value); break;
      case 'url-prefix': hit = hostPath.startsWith(m.value); break;
      case 'generator': hit = generator.toLowerCase().includes(m.value.toLowerCase()); break;
      // Tested in the page when its snapshot was taken (tables/marker-selectors.ts).
      case 'selector': hit = ctx.selectorHits.has(m.value); break;
      case 'text': hit = ctx.bodyText.includes(m.value); break;
      case 'jsonld-type': ldTypes ??= jsonLdTypes(ctx.jsonLd); hit = ldTypes.includes(m.value); break;
      case 'og-type': hit = (ctx.metas.get('og:type') ?? '').toLowerCase() === m.value.toLowerCase(); break;
    }
    if (hit) {
      score += m.weight;
      hits.push(`${m.type} ${m.value}`);
    }
  }
  return { score, hits };
}
