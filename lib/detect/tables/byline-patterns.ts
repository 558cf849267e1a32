import text from '../data/byline-patterns.tsv?raw';
import { parseTable } from './parse-table';

export interface BylinePattern {
  id: string;
  field: 'authors' | 'editor' | 'source';
  form: 'names' | 'value';
  labels: string[];
}

export function parseBylinePatterns(source: string): BylinePattern[] {
  return parseTable(source).map(([id = '', field = '', form = '', labels = '']) => ({
    id,
    field: field as BylinePattern['field'],
    form: form as BylinePattern['form'],
    labels: labels.split('|'),
  }));
}

/** In match order (longer labels first). */
export const BYLINE_PATTERNS: readonly BylinePattern[] = Object.freeze(parseBylinePatterns(text));
