// Which script a text is written in, from characters that exist in only one script. Runs in the
// content script on every Chinese page: one pass over the text, two small Set lookups per Han char.
import scriptCharsText from './data/script-chars.tsv?raw';
import { parseScriptChars } from './script-chars';

export type Script = 'simplified' | 'traditional' | 'mixed' | 'none';

export interface ScriptResult {
  script: Script;
  /** Characters found only in Simplified text. */
  simplified: number;
  /** Characters found only in Traditional text. */
  traditional: number;
  /** All Han characters (CJK Unified Ideographs, extensions, compatibility ideographs). */
  han: number;
}

const PAIRS = parseScriptChars(scriptCharsText);
const SIMPLIFIED = new Set(PAIRS.map(([s]) => s));
const TRADITIONAL = new Set(PAIRS.map(([, t]) => t));

/** The minority script must stay below this share of the distinguishing characters. */
const DOMINANCE = 0.9;

/** Han ideographs: URO, Ext A, compatibility block, and the supplementary ideographic planes. */
function isHan(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}

export function classifyScript(simplified: number, traditional: number): Script {
  const total = simplified + traditional;
  if (total === 0) return 'none';
  if (simplified >= total * DOMINANCE) return 'simplified';
  if (traditional >= total * DOMINANCE) return 'traditional';
  return 'mixed';
}

export function detectScript(text: string): ScriptResult {
  let simplified = 0;
  let traditional = 0;
  let han = 0;
  for (const c of text) {
    if (!isHan(c.codePointAt(0) ?? 0)) continue;
    han += 1;
    if (SIMPLIFIED.has(c)) simplified += 1;
    else if (TRADITIONAL.has(c)) traditional += 1;
  }
  return { script: classifyScript(simplified, traditional), simplified, traditional, han };
}
