import { detectScript } from '../convert/script';
import type { PageScript } from './types';

export interface ScriptCount {
  script: PageScript;
  simplified: number;
  traditional: number;
  han: number;
}

/**
 * Which script the page text is written in. Counting is lib/convert/script.ts's detectScript (characters
 * that exist only in Simplified or only in Traditional; one side must hold ≥ 90 % of them, else "mixed").
 * The detector adds one rule: Han text with no distinguishing character at all is not "none" (that is
 * kept for pages without Chinese); the page's lang decides (zh-Hant/-TW/-HK/-MO → Traditional), else
 * Simplified.
 */
export function detectPageScript(text: string, langHint = ''): ScriptCount {
  const r = detectScript(text);
  let script: PageScript = r.script;
  if (script === 'none' && r.han > 0) script = /^zh-(hant|tw|hk|mo)/i.test(langHint) ? 'traditional' : 'simplified';
  return { script, simplified: r.simplified, traditional: r.traditional, han: r.han };
}
