// What a statistic counts: the words written right after a count (136家企业 → 企业) or right before
// the figure (破获各类毒品案件482起 → 毒品案件). Walks word by word, with word boundaries from
// Intl.Segmenter (ICU's dictionary segmentation, in every browser and in Node), and ends at a stop
// word that is a whole word, so 公共视频 is not cut at 共 and 网络安全专家 not at 全.
import type { Lexicons } from './lexicons';
import { longestStartingAt, matchesEndingAt } from './trie';
import type { StatKind } from './types';
import { wordBoundaries } from './words';

export interface Span {
  start: number;
  end: number;
}

/** Characters a subject is made of: Han, and the quotes and brackets inside names like “毒驾”违法. */
const SUBJECT_CHAR = /[\p{Script=Han}“”‘’"（）()]/u;
const HAN = /\p{Script=Han}/u;
const NUMERAL = /[0-9零〇一二两三四五六七八九十百千万亿]/;
const WINDOW = 18;
/** Measure words that count people: what follows them may be a title (民警, 专家). */
const PEOPLE_UNITS = new Set(['名', '人', '位', '人次', '名次']);

/**
 * Stop words in text[start, end) whose both ends fall on word boundaries: 侦破 (segmented 侦/破)
 * counts, 共 inside 公共 does not. Sorted by end, longest first for the same end.
 */
function alignedStops(lex: Lexicons, text: string, start: number, end: number): Span[] {
  const b = wordBoundaries(text, start, end);
  const out: Span[] = [];
  for (const k of [...b].sort((x, y) => x - y)) {
    const ms = matchesEndingAt(lex.subjectStops, text, k).sort((x, y) => y.length - x.length);
    for (const m of ms) if (k - m.length >= start && b.has(k - m.length)) out.push({ start: k - m.length, end: k });
  }
  return out;
}

function hasHan(text: string, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) if (HAN.test(text[i] ?? '')) return true;
  return false;
}

function trimBrackets(text: string, span: Span): Span | null {
  let { start, end } = span;
  // A lone opening bracket or quote at the edge belongs to what came before or after.
  while (start < end && /[”’）)]/.test(text[start] ?? '')) start++;
  while (end > start && /[“‘（(]/.test(text[end - 1] ?? '')) end--;
  if (end - start < 2 || !hasHan(text, { start, end })) return null;
  return { start, end };
}

/** The subject written before the figure at `start`, after the last stop word. */
export function subjectBefore(lex: Lexicons, text: string, start: number): Span | null {
  let s = start;
  while (s > 0 && start - s < WINDOW && SUBJECT_CHAR.test(text[s - 1] ?? '')) s--;
  if (s === start) return null;
  const stops = alignedStops(lex, text, s, start);
  // Verbs and adverbs between the subject and its figure (执行率达到90%, 分别有2个) are skipped.
  let end = start;
  for (;;) {
    const touching = stops.find((st) => st.end === end);
    if (!touching) break;
    end = touching.start;
  }
  let from = s;
  for (const st of stops) if (st.end <= end && st.end > from) from = st.end;
  // Right after another figure (5万元至10万元, 80后、90后占…) the run starts with that figure's unit:
  // without a stop word to end it, there is no subject here.
  if (from === s && NUMERAL.test(text[s - 1] ?? '')) return null;
  return trimBrackets(text, { start: from, end });
}

/** The subject written right after a figure (136家企业发送… → 企业), up to a stop word or through a title. */
export function subjectAfter(lex: Lexicons, text: string, end: number, countsPeople: boolean): Span | null {
  let e = end;
  while (e < text.length && e - end < WINDOW - 4 && SUBJECT_CHAR.test(text[e] ?? '')) e++;
  if (e === end) return null;
  let stop = e;
  for (const st of alignedStops(lex, text, end, e)) stop = Math.min(stop, st.start);
  // After a measure word for people (700余名民警, 10余名网络安全专家) the title is what is counted and a
  // name may follow it; after any other (50余家企业负责人) the title belongs to what follows.
  for (let k = end; k < stop; k++) {
    const title = longestStartingAt(lex.titles, text, k);
    if (title) {
      stop = Math.min(stop, countsPeople ? k + title.length : k);
      break;
    }
  }
  return trimBrackets(text, { start: end, end: stop });
}

/** A count or measure names what follows it when a noun follows; otherwise what precedes it. */
export function subjectOf(lex: Lexicons, text: string, start: number, end: number, kind: StatKind, unit: string): Span | null {
  const lookAfter = kind !== 'percent' && kind !== 'money';
  return (lookAfter ? subjectAfter(lex, text, end, PEOPLE_UNITS.has(unit)) : null) ?? subjectBefore(lex, text, start);
}
