import text from '../data/body-selectors.txt?raw';
import { parseList } from './parse-table';

export function parseBodySelectors(source: string): string[] {
  return parseList(source);
}

/** Article-body containers, in priority order. */
export const BODY_SELECTORS: readonly string[] = Object.freeze(parseBodySelectors(text));
