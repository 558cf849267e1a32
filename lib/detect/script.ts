import { SCRIPT_CHARS, type ScriptChars } from './tables/script-chars';
import { countHan } from './text';
import type { PageScript } from './types';

export interface ScriptCount {
  script: PageScript;
  simplified: number;
  traditional: number;
  han: number;
}

// Note: lib/convert/script.ts (another module) may also offer detectScript(text); this one is the
// detector's own small counter over data/script-chars.tsv so lib/detect has no dependency on the converter.

/**
 * Which script the text is written in: counts characters that exist only in Simplified or only in
 * Traditional. ≥ 80 % of the distinguishing characters on one side decides; otherwise "mixed".
 * With Han text but too few distinguishing characters (< 3), `langHint` (the page's lang) decides,
 * Simplified by default. No Han at all: "none".
 */
export function detectPageScript(text: string, langHint = '', chars: ScriptChars = SCRIPT_CHARS): ScriptCount {
  let simplified = 0;
  let traditional = 0;
  for (const ch of text) {
    if (chars.simplified.has(ch)) simplified++;
    else if (chars.traditional.has(ch)) traditional++;
  }
  const han = countHan(text);
  let script: PageScript;
  if (han === 0) script = 'none';
  else if (simplified + traditional < 3) script = /^zh-(hant|tw|hk|mo)/i.test(langHint) ? 'traditional' : 'simplified';
  else {
    const share = traditional / (simplified + traditional);
    script = share >= 0.8 ? 'traditional' : share <= 0.2 ? 'simplified' : 'mixed';
  }
  return { script, simplified, traditional, han };
}
