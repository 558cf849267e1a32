import text from '../data/script-chars.tsv?raw';
import { parseTable } from './parse-table';

export interface ScriptChars {
  simplified: ReadonlySet<string>;
  traditional: ReadonlySet<string>;
}

export function parseScriptChars(source: string): ScriptChars {
  const rows = parseTable(source);
  return {
    simplified: new Set(rows.map((r) => r[0] ?? '')),
    traditional: new Set(rows.map((r) => r[1] ?? '')),
  };
}

export const SCRIPT_CHARS: ScriptChars = parseScriptChars(text);
