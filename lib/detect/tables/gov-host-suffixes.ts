import text from '../data/gov-host-suffixes.tsv?raw';
import { parseTable } from './parse-table';

export interface GovHostSuffix {
  suffix: string;
  region: string;
}

export function parseGovHostSuffixes(source: string): GovHostSuffix[] {
  return parseTable(source).map(([suffix = '', region = '']) => ({ suffix, region }));
}

export const GOV_HOST_SUFFIXES: readonly GovHostSuffix[] = Object.freeze(parseGovHostSuffixes(text));

export function findGovHostSuffix(host: string): GovHostSuffix | null {
  return GOV_HOST_SUFFIXES.find((s) => host.endsWith(s.suffix) || host === s.suffix.slice(1)) ?? null;
}
