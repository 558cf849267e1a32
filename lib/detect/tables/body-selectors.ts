import text from '../data/body-selectors.txt?raw';
import { parseList } from './parse-table';

export function parseBodySelectors(source: string): string[] {
  return parseList(source);
}

let parsed: readonly string[] | null = null;

/**
 * Article-body containers, in priority order. Parsed on first use, not when the file loads: the
 * content script's session loads with it on every Chinese page, and looks for the article only
 * when the summary is asked for.
 */
export function bodySelectors(): readonly string[] {
  return (parsed ??= Object.freeze(parseBodySelectors(text)));
}
