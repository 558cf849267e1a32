import { parseTable } from './parse-table';

// Platform marker tables (forum, self-media, blog, content farm, shop) share one format:
// type<TAB>value<TAB>weight. Types:
//   host         the page host equals value
//   host-prefix  the page host starts with value
//   url-prefix   host + path starts with value
//   generator    <meta name="generator"> contains value
//   selector     document.querySelector(value) matches
//   text         the body text contains value
//   jsonld-type  a JSON-LD block has "@type" value
//   og-type      <meta property="og:type"> equals value
export type MarkerType = 'host' | 'host-prefix' | 'url-prefix' | 'generator' | 'selector' | 'text' | 'jsonld-type' | 'og-type';

export const MARKER_TYPES: readonly MarkerType[] = [
  'host', 'host-prefix', 'url-prefix', 'generator', 'selector', 'text', 'jsonld-type', 'og-type',
];

export interface Marker {
  type: MarkerType;
  value: string;
  weight: number;
}

export function parseMarkers(source: string): Marker[] {
  return parseTable(source).map(([type = '', value = '', weight = '0']) => {
    if (!(MARKER_TYPES as readonly string[]).includes(type)) throw new Error(`unknown marker type: ${type}`);
    return { type: type as MarkerType, value, weight: Number(weight) };
  });
}
