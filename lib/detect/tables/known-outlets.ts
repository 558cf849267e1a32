import text from '../data/known-outlets.tsv?raw';
import { formatTable, parseTable } from './parse-table';

export interface KnownOutlet {
  hostSuffix: string;
  name: string;
  region: string;
}

export function parseKnownOutlets(source: string): KnownOutlet[] {
  return parseTable(source).map(([hostSuffix = '', name = '', region = '']) => ({ hostSuffix, name, region }));
}

export function formatKnownOutlets(rows: readonly KnownOutlet[]): string {
  return formatTable(rows.map((r) => [r.hostSuffix, r.name, r.region]));
}

export const KNOWN_OUTLETS: readonly KnownOutlet[] = Object.freeze(parseKnownOutlets(text));

/** The outlet whose host suffix matches `host` (longest suffix wins), or null. */
export function findKnownOutlet(host: string, outlets: readonly KnownOutlet[] = KNOWN_OUTLETS): KnownOutlet | null {
  let best: KnownOutlet | null = null;
  for (const o of outlets) {
    if (host === o.hostSuffix || host.endsWith(`.${o.hostSuffix}`)) {
      if (!best || o.hostSuffix.length > best.hostSuffix.length) best = o;
    }
  }
  return best;
}
