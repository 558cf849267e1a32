import text from '../data/press-openers.tsv?raw';
import { parseTable } from './parse-table';

export interface PressOpener {
  id: string;
  pattern: RegExp;
}

export function parsePressOpeners(source: string): PressOpener[] {
  return parseTable(source).map(([id = '', pattern = '']) => ({ id, pattern: new RegExp(pattern) }));
}

export const PRESS_OPENERS: readonly PressOpener[] = Object.freeze(parsePressOpeners(text));
