// Pinyin left behind by converters that annotate characters: 網(wǎng)絡(luò)安全. A span is the
// parenthesised pinyin (ASCII or full-width brackets) directly after a Han character, with a tone
// mark or tone digits. Ordinary parenthesised Latin text — (APP), (H5), (CNCERT) — is never a span.
import type { Span } from './protected-terms';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const INITIAL = '(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])';
const SYLLABLE = `${INITIAL}?[aeiouü${TONED}]{1,3}(?:ng|n|r)?[1-5]?`;
/**
 * Built on first use: a Unicode-property regex takes about 0.5 ms to build (probe in a content
 * script's world), which every Chinese page would pay on load for a test most never run.
 */
let artifact: RegExp | null = null;
const ARTIFACT = (): RegExp => (artifact ??= new RegExp(`(?<=\\p{Script=Han})[(（](${SYLLABLE}(?:[ '’]?${SYLLABLE}){0,3})[)）]`, 'giu'));
/** Pinyin without tone marks only counts when every syllable carries a tone digit: (wang3 luo4). */
const DIGIT_TONED = new RegExp(`^(?:${INITIAL}?[aeiouü]{1,3}(?:ng|n|r)?[1-5] ?)+$`, 'iu');
const HAS_TONE_MARK = new RegExp(`[${TONED}]`, 'iu');

function isToned(pinyin: string): boolean {
  return HAS_TONE_MARK.test(pinyin) || (pinyin.length >= 3 && DIGIT_TONED.test(pinyin));
}

/** UTF-16 spans of the parenthesised pinyin (brackets included), in order. */
export function findPinyinArtifacts(text: string): Span[] {
  if (!mayHaveArtifact(text)) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(ARTIFACT())) {
    if (isToned(m[1] ?? '')) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** A letter a syllable can start with (same flags as ARTIFACT, so the same case folding). */
const SYLLABLE_START = new RegExp(`[bpmfdtnlgkhjqxrzcsywaeiouü${TONED}]`, 'iu');

/**
 * Cheap gate before ARTIFACT (a Unicode-property regex, costly to build and to run over a whole
 * page): some opening bracket is followed by a letter a syllable can start with.
 */
function mayHaveArtifact(text: string): boolean {
  for (const bracket of ['(', '（']) {
    for (let at = text.indexOf(bracket); at >= 0; at = text.indexOf(bracket, at + 1)) {
      if (SYLLABLE_START.test(text.charAt(at + 1))) return true;
    }
  }
  return false;
}

/** Cheap check: stops at the first artifact, allocates no spans. */
export function hasPinyinArtifacts(text: string): boolean {
  if (!mayHaveArtifact(text)) return false;
  for (const m of text.matchAll(ARTIFACT())) if (isToned(m[1] ?? '')) return true;
  return false;
}

export function stripPinyinArtifacts(text: string): string {
  let out = '';
  let at = 0;
  for (const { start, end } of findPinyinArtifacts(text)) {
    out += text.slice(at, start);
    at = end;
  }
  return at === 0 ? text : out + text.slice(at);
}
