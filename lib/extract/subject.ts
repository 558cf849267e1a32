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
/** A Latin word may be (part of) what is counted too: 35款App, 120个IP地址, QQ群300个. */
const SUBJECT_CHAR_LATIN = /[\p{Script=Han}“”‘’"（）()A-Za-z]/u;
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
    for (const m of ms) {
      const from = k - m.length;
      if (from < start || !b.has(from)) continue;
      // 受理数, 办结率, 止付时间, 参与人数: a verb made a noun by the noun after it is no stop
      // (nominal-heads.txt). (数 before a measure word is a numeral: 查处数起案件.)
      const numeral = text[k] === '数' && (NUMERAL.test(text[k + 1] ?? '') || lex.units.next.has(text[k + 1] ?? ''));
      const head = lex.nominalHeads.find((h) => text.startsWith(h, k) && (h.length > 1 || b.has(k + 1)) && b.has(k + h.length));
      if (head && !numeral) continue;
      // 本|地籍, 人|均, 占|比: a stop word inside a word that belongs to what is counted, split by the segmenter.
      if (lex.subjectKeeps.some((w) => w.length > m.length && covers(text, w, from, k))) continue;
      out.push({ start: from, end: k });
    }
  }
  return out;
}

/** Whether `word` is written in `text` over the whole of [start, end). */
function covers(text: string, word: string, start: number, end: number): boolean {
  for (let p = Math.max(0, end - word.length); p <= start; p++) if (text.startsWith(word, p)) return true;
  return false;
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
  if (end - start < 2 || !(hasHan(text, { start, end }) || /^[A-Za-z]{2,}$/.test(text.slice(start, end)))) return null;
  return { start, end };
}

/** What separates the items of a list that 分别 distributes (网上购物骗案、求职骗案及投资骗案). */
const ITEM_SEPARATOR = /、|及|与|和/g;

/**
 * The `k` items of the list that text[start, end) names, each without the words around it
 * (事件中以|网页置换|与|个资外泄|为大宗 → 网页置换, 个资外泄), or null when it does not hold k items.
 */
export function listItems(lex: Lexicons, text: string, start: number, end: number, k: number): Span[] | null {
  const cuts = [...text.slice(start, end).matchAll(ITEM_SEPARATOR)].map((m) => start + (m.index ?? 0));
  if (cuts.length !== k - 1) return null;
  const bounds = [start, ...cuts.flatMap((c) => [c, c + 1]), end];
  const stops = alignedStops(lex, text, start, end);
  const items: Span[] = [];
  for (let i = 0; i < bounds.length; i += 2) {
    let s = bounds[i] ?? start;
    let e = bounds[i + 1] ?? end;
    // The first item starts after the last stop word before it, the last ends at the first after it.
    if (i === 0) for (const st of stops) if (st.end <= e && st.end > s) s = st.end;
    if (i === bounds.length - 2) for (const st of stops) if (st.start >= s && st.start < e) e = st.start;
    const item = trimBrackets(text, { start: s, end: e });
    if (!item || stops.some((st) => st.start >= item.start && st.end <= item.end)) return null;
    items.push(item);
  }
  return items;
}

/** Where a subject may be looked for: not before `floor` (the end of the figure before), not across a line start. */
export interface SubjectBounds {
  floor: number;
  lineStart?: Uint8Array;
}

/**
 * Words that join the items of a list (涉案银行卡、手机卡、物联网卡等3.6万张, 电讯及网络诈骗案件). Not 等
 * before a noun: in 电脑、手机等作案工具40余件 what is counted is the noun, 作案工具.
 */
const LIST_JOINERS = '、及和与';
/** Longest list a subject takes, in items. */
const LIST_MAX_ITEMS = 8;

/**
 * Start of the list ending at `from` when a joiner stands right before it: each item is the run of
 * subject characters before a joiner, after its last stop word (扣押|电脑、手机、移动硬盘等作案工具).
 */
function listStart(lex: Lexicons, text: string, from: number, floor: number): number {
  let f = from;
  for (let items = 0; items < LIST_MAX_ITEMS && LIST_JOINERS.includes(text[f - 1] ?? '\u0000'); items++) {
    const j = f - 1;
    let s = j;
    while (s > floor && j - s < WINDOW && SUBJECT_CHAR.test(text[s - 1] ?? '')) s--;
    let item = s;
    for (const st of alignedStops(lex, text, s, j)) if (st.end > item) item = st.end;
    // An item right after another figure is that figure's unit (3名、民警…), an empty item ends the list,
    // and an item of one character is the tail of a word cut by a stop word (办结|率).
    if ((item === s && NUMERAL.test(text[s - 1] ?? '')) || j - item < 2 || !hasHan(text, { start: item, end: j })) break;
    f = item;
  }
  return f;
}

/**
 * The subject written before the figure at `start`, after the last stop word; a list before it is
 * taken whole. In a share (科技罪案占整体罪案近四成) what is measured stands before 占.
 */
export function subjectBefore(lex: Lexicons, text: string, start: number, bounds: SubjectBounds = { floor: 0 }): Span | null {
  const floor = bounds.floor;
  let s = start;
  while (s > floor && start - s < WINDOW && SUBJECT_CHAR_LATIN.test(text[s - 1] ?? '')) s--;
  // Latin letters right after a digit are the tail of a name with a number (5G基站, IPv6): not the subject's.
  while (s < start && /[A-Za-z]/.test(text[s] ?? '') && /\d/.test(text[s - 1] ?? '')) {
    while (s < start && /[A-Za-z]/.test(text[s] ?? '')) s++;
  }
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
  const share = stops.filter((st) => st.end <= end && text.slice(st.start, st.end) === '占').pop();
  if (share) return subjectBefore(lex, text, share.start, bounds);
  // 未提供注销功能的约210款, 被骗的12万元: 的 right before the figure leaves its noun unsaid.
  if (text[start - 1] === '的') return null;
  // 民警上门劝阻11.6万人次, 会同相关部门劝阻1.1亿人次: before a verb of action the noun is who acts.
  const between = text.slice(end, start);
  if (between !== '' && !LINKING_ONLY.test(between) && ACTOR.test(text.slice(from, end))) return null;
  // Right after another figure (5万元至10万元, 80后、90后占…) the run starts with that figure's unit:
  // without a stop word to end it, there is no subject here.
  if (from === s && NUMERAL.test(text[s - 1] ?? '')) return null;
  return trimBrackets(text, { start: listStart(lex, text, from, floor), end });
}

/** The subject written right after a figure (136家企业发送… → 企业), up to a stop word or through a title. */
export function subjectAfter(lex: Lexicons, text: string, end: number, countsPeople: boolean, lineStart?: Uint8Array): Span | null {
  let e = end;
  // 28个省（区、市）: a 、 inside brackets belongs to the bracketed list.
  let bracket = 0;
  for (; e < text.length && e - end < WINDOW - 4 && !(e > end && lineStart?.[e]); e++) {
    const ch = text[e] ?? '';
    if (ch === '（' || ch === '(') bracket++;
    else if ((ch === '）' || ch === ')') && bracket > 0) bracket--;
    else if (!(SUBJECT_CHAR_LATIN.test(ch) || (ch === '、' && bracket > 0))) break;
  }
  // A headline ending in a figure: the next line is not what it counts.
  if (lineStart?.[end]) return null;
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

/** Words between a subject and its figure that do not make the subject an actor (罪案共有…, 民警达…). */
const LINKING_ONLY = /^(?:共|共有|有|达|达到|为|共计|累计|合计|总计|约|已|已有|现有|还有|仍有|计|分别|均|均为|录得|占|逾|超|近)+$/;
/** Who acts in police and court news: a subject ending so before a verb of action is the agent. */
const ACTOR = /(?:民警|警方|警察|部门|机关|公安|网警|检察院|法院)$/;

/** 与…有关的, 和…相关的: a clause that relates the counted noun after it to something. */
const RELATED_CLAUSE = /^(?:与|和|同|跟)[^，。；、,;]{1,12}?(?:有关|相关)的/;

/**
 * A count, measure or amount names what follows it when a noun follows (136家企业, 200万元罚款); a
 * share names what follows 为 or 是 (约三成为学生), an amount what follows 的 (5.6亿港元的受骗款项);
 * otherwise the subject is what precedes the figure.
 */
export function subjectOf(
  lex: Lexicons,
  text: string,
  stat: { start: number; end: number; kind: StatKind; unit: string },
  bounds: SubjectBounds,
): Span | null {
  const { start, end, kind } = stat;
  const after = (at: number, people: boolean): Span | null => subjectAfter(lex, text, at, people, bounds.lineStart);
  // A tenth modifies the noun after it like a count does (近四成机关); a percent sign seldom does.
  const direct = kind !== 'percent' || stat.unit === '成' ? after(end, PEOPLE_UNITS.has(stat.unit)) : null;
  if (direct) return direct;
  // 1,862名与科技罪案有关的人士: a relative clause before the counted noun belongs to it.
  const related = RELATED_CLAUSE.exec(text.slice(end, end + WINDOW));
  const relatedNoun = related ? after(end + related[0].length, true) : null;
  if (relatedNoun) return { start: end, end: relatedNoun.end };
  // 约三成为学生: the share is of what follows 为 or 是, whatever stands before it.
  const copula = kind === 'percent' && '为是'.includes(text[end] ?? '\u0000') ? after(end + 1, true) : null;
  if (copula) return copula;
  // 截停约5.6亿港元的受骗款项, 约60%的受影响企业: what follows 的; but a threshold (获利数额在50万元以上的犯罪)
  // measures what stands before it.
  const threshold = /(?:以上|以下|以内)$/.test(text.slice(start, end));
  const possessive = !threshold && text[end] === '的' ? after(end + 1, true) : null;
  return possessive ?? subjectBefore(lex, text, start, bounds);
}
