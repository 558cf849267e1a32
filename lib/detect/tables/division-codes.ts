import text from '../data/division-codes.tsv?raw';
import { parseTable } from './parse-table';

export function parseDivisionCodes(source: string): Map<string, string> {
  return new Map(parseTable(source).map(([code = '', name = '']) => [code, name]));
}

/** Province-level division code (two digits) → name. */
export const DIVISION_CODES: ReadonlyMap<string, string> = parseDivisionCodes(text);
