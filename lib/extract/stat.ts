// Finds statistics: a number (Arabic or Chinese) with its unit or measure word, the approximation
// words touching it, and the counted subject. Works on the folded view; spans are norm offsets.
import type { Lexicons } from './lexicons';
import type { ApproxEntry, UnitEntry } from './lexicon';
import { isZhDigit, isZhDigitCode, isZhNumeralChar, readArabic, readChinese, readMultiplier } from './numerals';
import { listItems, subjectOf } from './subject';
import { longestStartingAt } from './trie';
import type { StatKind } from './types';
import * as R from './rules/stat-rules';
import * as X from './rules/stat-exclusions';

export interface StatCandidate {
  start: number;
  end: number;
  value: number;
  unitStart: number;
  unitEnd: number;
  /** Unit written in the text when the multiplier belongs to it (万元); otherwise the unit span is used. */
  kind: StatKind;
  /** The measure word as read (名, 万元), for the subject: after a measure word for people a title is counted. */
  unit: string;
  approx: string[];
  subject: { start: number; end: number } | null;
  rule: string;
}

export interface NormRejection {
  start: number;
  end: number;
  rule: string;
}

const RANGE_MARKS = new Set(['至', '到', '~', '～', '-', '—', '–', '－']);
const SERVICE_MARKS = new Set(['×', 'x', 'X', '*', '＊', '✕']);
const LATIN = /[A-Za-z]/;
const CURRENCY_PREFIXES = ['新台币', '人民币', '台币', '港币', '港元', '美元', '澳门币', '澳门元', '葡币', '欧元'];

/** Digits read after 成 as its half (一成五 = 15%). */
const HALF_TENTH = '一二三四五六七八九';
/** After such a digit a Han character other than these makes it a count of its own (三成五星级酒店 is not 35%). */
const HAN_AFTER_HALF_TENTH = /^(?!的|左右|以上|以下)\p{Script=Han}/u;

interface NumberRead {
  start: number;
  end: number;
  value: number;
  script: 'arabic' | 'chinese';
  large: boolean;
}

/** 近千名, 逾万宗, 超百家: a bare 百, 千 or 万 is a round number. */
const ROUND_SCALES: Readonly<Record<string, number>> = { 百: 100, 千: 1000, 万: 10000 };

function readNumber(text: string, i: number): NumberRead | null {
  const ch = text[i] ?? '';
  const round = ROUND_SCALES[ch];
  if (round !== undefined && !isZhNumeralChar(text[i - 1] ?? '')) {
    return { start: i, end: i + 1, value: round, script: 'chinese', large: round >= 1e4 };
  }
  if (ch >= '0' && ch <= '9') {
    const a = readArabic(text, i);
    return a ? { start: i, end: a.end, value: a.value, script: 'arabic', large: false } : null;
  }
  const z = readChinese(text, i);
  return z ? { start: i, end: z.end, value: z.value, script: 'chinese', large: z.large } : null;
}

/**
 * A bare 百/千/万 right after an approximation word (近千名, 逾万宗, 不足千人) is a number; elsewhere
 * (千家万户, 百度, 万一) it is not.
 */
function isRoundScale(lex: Lexicons, text: string, i: number): boolean {
  const ch = text[i] ?? '';
  return ch in ROUND_SCALES && approxBefore(lex.approx, text, i) !== null;
}

function isNumberStart(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (!(code >= 48 && code <= 57) && !isZhDigitCode(code) && code !== 0x5341) return false;
  const ch = text[i] ?? '';
  if (ch >= '0' && ch <= '9') {
    const prev = text[i - 1] ?? '';
    if (prev >= '0' && prev <= '9') return false;
    // Inside 1,403 or 3.5 a digit follows a separator that follows a digit; after 「，」 it starts a number.
    return !((prev === '.' || prev === ',') && /\d/.test(text[i - 2] ?? ''));
  }
  if (!isZhDigit(ch) && ch !== '十') return false;
  const prev = text[i - 1] ?? '';
  return prev === '' || (!isZhDigit(prev) && !'十百千万亿点'.includes(prev));
}

function approxAt(approx: readonly ApproxEntry[], text: string, i: number, position: ApproxEntry['position']): string | null {
  let best: string | null = null;
  for (const a of approx) {
    if (a.position === position && text.startsWith(a.word, i) && (!best || a.word.length > best.length)) best = a.word;
  }
  return best;
}

function approxBefore(approx: readonly ApproxEntry[], text: string, i: number): string | null {
  let best: string | null = null;
  for (const a of approx) {
    if (a.position !== 'before') continue;
    const s = i - a.word.length;
    if (s >= 0 && text.startsWith(a.word, s) && (!best || a.word.length > best.length)) best = a.word;
  }
  // 最近, 附近: 近 belongs to another word there.
  if (best === '近' && '最附接将'.includes(text[i - 2] ?? '\u0000')) return null;
  return best;
}

/**
 * The longest unit at `i`. `quantity` says an approximation word stands before the number (约三成为学生):
 * then a tenth (成) is a unit even where 成 could start a word (成为, 成立).
 */
function unitAt(lex: Lexicons, text: string, i: number, quantity = false): { entry: UnitEntry; end: number } | null {
  const m = longestStartingAt(lex.units, text, i);
  const entry = m?.values[0];
  if (!m || !entry) return null;
  const end = i + m.length;
  // A Latin unit (GB) must not run on into more letters; a Han unit is fine before anything.
  if (LATIN.test(text[end - 1] ?? '') && LATIN.test(text[end] ?? '')) return null;
  // 成 is a tenth (1成 = 10%) but not in 成立; 周 is a week but not in 周岁.
  if (entry.notBefore.some((s) => text.startsWith(s, end)) && !(quantity && entry.kind === 'percent')) return null;
  return { entry, end };
}

/** Words before a number of 日 that make it a duration (为期3日, 历时5日). */
const DAYS_BEFORE = /(?:为期|历时|长达|需时|用时|连续)$/;
const YEAR_WORD_AFTER = /^[代级度初底末]/;
const ROC_YEAR_AFTER = /^(?:\d{1,2}|[一二三四五六七八九十]{1,2})月/;


/** The reason a number followed by `text[p]` is a date or a time, or null. */
function dateOrTime(text: string, p: number, n: NumberRead, unit: UnitEntry | null): string | null {
  const next = text[p] ?? '';
  if (unit?.unit === '年') {
    if (n.script === 'arabic' ? n.value >= 1000 && n.value <= 2200 && Number.isInteger(n.value) : n.value >= 1000) {
      return X.notDate.id;
    }
    // 112年國家資通安全情勢報告: a three-digit year from 100 to 130 is a Taiwan ROC year (2011-2041);
    // a duration that long is written 百年 or with 周年, not in news about security.
    if (n.script === 'arabic' && Number.isInteger(n.value) && n.value >= 100 && n.value <= 130 && n.end - n.start === 3) {
      return X.notDate.id;
    }
    // 112年1月 (a Taiwan ROC year), 民国112年: a year followed by a month, or after 民国, is a date.
    if (ROC_YEAR_AFTER.test(text.slice(p + 1, p + 4)) || text.slice(Math.max(0, n.start - 2), n.start) === '民国') {
      return X.notDate.id;
    }
    if (YEAR_WORD_AFTER.test(text.slice(p + 1, p + 2))) return X.notYearAge.id;
    if (unit.notBefore.some((s) => text.startsWith(s, p + 1))) return X.notYearAge.id;
    return null;
  }
  // 14日 is a day of the month; 5.2日 or 为期3日 (Hong Kong, Taiwan and Macau write 日 for 天) a duration.
  if (unit?.unit === '日') return Number.isInteger(n.value) && !DAYS_BEFORE.test(text.slice(Math.max(0, n.start - 2), n.start)) ? X.notDate.id : null;
  if (unit) return null;
  if (next === '月' || next === '日' || next === '号') return X.notDate.id;
  if (next === '点' || next === '时') return X.notTime.id;
  return null;
}

/**
 * A number that is part of a name or code: IPv6, 5G, CVE-2024-3094, 双11. `unitEnd` is where a unit
 * written in Latin letters ends (1.5TB, 800Gbps), which then does not make the number a code, unless
 * more letters follow it.
 */
function isIdentifier(text: string, start: number, end: number, unitEnd: number | null): boolean {
  const prev = text[start - 1] ?? '';
  const next = text[end] ?? '';
  if (LATIN.test(prev)) return true;
  if (LATIN.test(next) && (unitEnd === null || LATIN.test(text[unitEnd] ?? ''))) return true;
  // 双11, 双12: shopping festivals, named by their date.
  if (prev === '双') return true;
  // A code such as 2015-1239 or 3.1.2: a number right after digits and a joiner.
  return /[-./#_]/.test(prev) && /\d/.test(text[start - 2] ?? '');
}

function currencyBefore(text: string, start: number): string | null {
  for (const c of CURRENCY_PREFIXES) if (text.startsWith(c, start - c.length)) return c;
  return null;
}

function ruleForKind(kind: StatKind): string {
  switch (kind) {
    case 'percent':
      return R.statPercent.id;
    case 'money':
      return R.statMoney.id;
    case 'duration':
      return R.statDuration.id;
    case 'measure':
      return R.statMeasure.id;
    default:
      return R.statCount.id;
  }
}

interface Scan {
  candidate: StatCandidate | null;
  rejection: NormRejection | null;
  next: number;
}

function scanPercentZh(lex: Lexicons, text: string, i: number): Scan | null {
  if (!text.startsWith('百分之', i)) return null;
  const n = readNumber(text, i + 3);
  if (!n) return null;
  const before = approxBefore(lex.approx, text, i);
  const after = approxAt(lex.approx, text, n.end, 'after');
  const end = n.end + (after?.length ?? 0);
  return {
    candidate: {
      start: i - (before?.length ?? 0),
      end,
      value: n.value,
      unitStart: i,
      unitEnd: i + 3,
      kind: 'percent',
      unit: '%',
      approx: [before, after].filter((a): a is string => a !== null),
      subject: null,
      rule: R.statPercentZh.id,
    },
    rejection: null,
    next: end,
  };
}

function scanNumber(lex: Lexicons, text: string, i: number): Scan | null {
  const n = readNumber(text, i);
  if (!n) return null;
  const reject = (rule: string, end = n.end): Scan => ({ candidate: null, rejection: { start: i, end, rule }, next: end });
  let p = n.end;
  // 7×24小时: a service level, not a quantity.
  if (SERVICE_MARKS.has(text[p] ?? '') && /\d/.test(text[p + 1] ?? '')) {
    const second = readNumber(text, p + 1);
    const u = second ? unitAt(lex, text, second.end) : null;
    return reject(X.notServiceLevel.id, u ? u.end : (second?.end ?? p + 1));
  }
  if (SERVICE_MARKS.has(text[i - 1] ?? '') && /\d/.test(text[i - 2] ?? '')) return reject(X.notServiceLevel.id);
  // Ranges: 3至5年, 10-15人 (the value is the lower bound).
  if (RANGE_MARKS.has(text[p] ?? '')) {
    const second = readNumber(text, p + 1);
    if (second && second.script === n.script) p = second.end;
  }
  const approx: string[] = [];
  const before = approxBefore(lex.approx, text, i);
  if (before) approx.push(before);
  let factor = 1;
  /** Where the multiplier that belongs to a money unit starts (200|万元, 2亿3,000|万元). */
  let multiplierStart = n.end;
  let large = n.large;
  const inside1 = approxAt(lex.approx, text, p, 'inside');
  if (inside1) {
    approx.push(inside1);
    p += inside1.length;
  }
  let unit = unitAt(lex, text, p, before !== null);
  let unitStart = p;
  if (!unit) {
    const m = readMultiplier(text, p);
    if (m && !(n.script === 'chinese' && m.factor < 1e4)) {
      factor = m.factor;
      large = large || m.factor >= 1e4;
      p = m.end;
      // 1萬2,345件, 3萬7千餘件: a remainder written after 万/亿, itself with 千 or 百.
      const rest = n.script === 'arabic' && m.factor >= 1e4 ? readArabic(text, p) : null;
      const restScale = rest ? readMultiplier(text, rest.end) : null;
      const restFactor = restScale && restScale.factor < m.factor ? restScale.factor : 1;
      if (rest && rest.value * restFactor < m.factor && Number.isInteger(n.value)) {
        n.value = n.value + (rest.value * restFactor) / m.factor;
        p = restFactor > 1 && restScale ? restScale.end : rest.end;
        if (restFactor > 1) multiplierStart = rest.end;
      }
      const inside2 = approxAt(lex.approx, text, p, 'inside');
      if (inside2 && unitAt(lex, text, p + inside2.length)) {
        approx.push(inside2);
        p += inside2.length;
      } else if (inside2 && !inside1) {
        approx.push(inside2);
        p += inside2.length;
      }
      unit = unitAt(lex, text, p);
      unitStart = p;
    }
  }
  const unitEntry = unit?.entry ?? null;
  const reason = dateOrTime(text, p, n, unitEntry);
  if (reason) return reject(reason, unit ? unit.end : p + 1);
  if (text[i - 1] === '第' || text.slice(Math.max(0, i - 2), i) === '第 ') return reject(X.notOrdinal.id, unit?.end ?? p);
  if (n.script === 'arabic' && isIdentifier(text, i, n.end, unit && LATIN.test(text[unitStart] ?? '') ? unit.end : null)) return reject(X.notIdentifier.id);
  if (!unit && !large) return { candidate: null, rejection: null, next: p };
  if (n.script === 'chinese' && !large && factor === 1 && unitEntry?.kind !== 'percent') {
    const tenPlus = n.value >= 10 && approx.some((a) => a === '余' || a === '多');
    if (n.value <= 10 && !tenPlus) return reject(X.notSmallChinese.id, unit?.end ?? p);
  }
  let end = unit ? unit.end : p;
  // 一成五, 三成五: a tenth and a half-tenth (15%, 35%), the digit after 成 read with it.
  if (unit && text.slice(unitStart, unit.end) === '成' && HALF_TENTH.includes(text[end] ?? '\u0000') && !HAN_AFTER_HALF_TENTH.test(text.slice(end + 1, end + 3))) {
    n.value += (HALF_TENTH.indexOf(text[end] ?? '') + 1) / 10;
    end += 1;
  }
  const after = approxAt(lex.approx, text, end, 'after');
  if (after && !(after === '多' && approx.includes('多')) && !(after === '余' && approx.includes('余'))) {
    approx.push(after);
    end += after.length;
  }
  // A range written with its unit on both sides (0.5元至2元, 30%—50%) is one figure, as 3至5年 is.
  if (unit && RANGE_MARKS.has(text[end] ?? '')) {
    const upper = scanNumber(lex, text, end + 1)?.candidate;
    if (upper && upper.unit === text.slice(unitStart, unit.end) && upper.kind === (unitEntry?.kind ?? 'count') && readNumber(text, end + 1)?.script === n.script) end = upper.end;
  }
  let kind: StatKind = unitEntry?.kind ?? 'count';
  const currency = unit ? null : currencyBefore(text, i - (before?.length ?? 0));
  if (currency) kind = 'money';
  // 15 significant digits: 80.26亿 is 8026000000, not 8026000000.000001 (a product of binary floats).
  const value = Number((n.value * factor * (unitEntry?.multiplier ?? 1)).toPrecision(15));
  const start = i - (before?.length ?? 0);
  // Money keeps its multiplier in the unit (200万元 → 万元); counts do not (85万通 → 通).
  // 二百万元 → 万元 like 200万元: the 万 or 亿 closing a Chinese numeral belongs to a money unit.
  const zhMultiplier = n.script === 'chinese' && unitEntry?.kind === 'money' && unitStart === n.end && /[万亿]$/.test(text.slice(n.start, n.end));
  if (zhMultiplier) multiplierStart = n.end - 1;
  const moneyWithMultiplier = unitEntry?.kind === 'money' && (factor !== 1 || zhMultiplier) && unitStart === p && !approx.includes('余');
  return {
    candidate: {
      start,
      end,
      value,
      unitStart: unit ? (moneyWithMultiplier ? multiplierStart : unitStart) : p,
      unitEnd: unit ? unit.end : p,
      kind,
      approx,
      subject: null,
      unit: unit ? text.slice(unitStart, unit.end) : '',
      rule: unit ? ruleForKind(kind) : currency ? R.statMoney.id : R.statBareLarge.id,
    },
    rejection: null,
    next: end,
  };
}

/** A number opening a line and followed by a separator (1 不负厚望, 2、…, 3. …) numbers a list. */
function isListMarker(text: string, i: number, lineStart: Uint8Array | undefined): number {
  if (!lineStart?.[i]) return 0;
  const m = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:[ \u3000](?!\d{3})|、|\.(?!\d))/.exec(text.slice(i, i + 5));
  return m ? m[0].length : 0;
}

/**
 * 同比分别上升13.7%和6.2%, 较去年同期上升百分之四点八: a change written right after figures is the
 * change of what they count; so is a share (科技罪案录得24,518宗，占整体罪案百分之三十六点四, 网上骗案
 * 占19,352宗，即约七成). The gap may start with the rest of the figure's clause (…宗诈骗案|举报，较…,
 * …余家企业|完成首轮审计，占…).
 * Group 1 is 分别 (the changes follow the figures one to one).
 */
const COMPARISON = /^[^,，。；;！？!?]{0,12}[,，]?(?:(?:同比|环比|按年|按季|按月|较|比)[^,，。；;]{0,8}?(分别)?(?:上升|增长|成长|增加|下降|减少|提升|提高|降低|上涨|下跌)了?|[^,，。；;]{0,3}占[^,，。；;]{0,10}|即)$/u;
const LIST_GAP = /^(?:和|及|与|、)$/;

/** The figure at `i` and the figures listed right after it (13.7%和6.2%, 6,012宗、3,877宗及2,695宗). */
function listedFrom(text: string, candidates: readonly StatCandidate[], i: number, accept: (c: StatCandidate) => boolean = () => true): StatCandidate[] {
  const group = [candidates[i] as StatCandidate];
  for (let k = i + 1; k < candidates.length; k++) {
    const next = candidates[k] as StatCandidate;
    const last = group[group.length - 1] as StatCandidate;
    if (!accept(next) || !LIST_GAP.test(text.slice(last.end, next.start))) break;
    group.push(next);
  }
  return group;
}

/** Subjects of changes: the subjects of the figures they compare (see COMPARISON). */
function inheritComparedSubjects(text: string, candidates: StatCandidate[]): void {
  for (let i = 1; i < candidates.length; i++) {
    const c = candidates[i] as StatCandidate;
    const prev = candidates[i - 1] as StatCandidate;
    // The gap runs from the figure before, or from its subject when that follows it (67,321宗罪案，较…).
    const from = Math.max(prev.end, prev.subject?.end ?? 0);
    const m = c.kind === 'percent' ? COMPARISON.exec(text.slice(from, c.start)) : null;
    if (!m) continue;
    const group = m[1] ? listedFrom(text, candidates, i, (x) => x.kind === 'percent') : [c];
    const compared = candidates.slice(Math.max(0, i - group.length), i);
    if (compared.length !== group.length) continue;
    group.forEach((g, k) => {
      g.subject = compared[k]?.subject ?? null;
    });
    i += group.length - 1;
  }
}

/**
 * 23款、17款和11款App: figures of one unit listed together, of which only the last has its noun
 * written right after it, all count that noun.
 */
function shareTrailingSubject(text: string, candidates: StatCandidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const first = candidates[i] as StatCandidate;
    const group = listedFrom(text, candidates, i, (x) => x.unit === first.unit && x.unit !== '');
    i += group.length - 1;
    const last = group[group.length - 1] as StatCandidate;
    if (group.length < 2 || last.subject?.start !== last.end || group.slice(0, -1).some((g) => g.subject !== null)) continue;
    for (const g of group) g.subject = last.subject;
  }
}

/** The figures after 分别 (…，分别录得6,012宗、3,877宗及2,695宗): the gap from the comma before them. */
const DISTRIBUTED = /[,，]分别[^,，。；;、\d]{0,3}$/;
const CLAUSE_MARK = /[,，。；;：:！？!?]/;

/**
 * 网上购物骗案、求职骗案及投资骗案为三大主要类别，分别录得6,012宗、3,877宗及2,695宗: figures that
 * 分别 distributes over a list in the clause before take its items one to one, when they have no
 * subject of their own.
 */
function distributeSubjects(lex: Lexicons, text: string, candidates: StatCandidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i] as StatCandidate;
    const m = DISTRIBUTED.exec(text.slice(Math.max(0, c.start - 6), c.start));
    if (!m) continue;
    const group = listedFrom(text, candidates, i);
    i += group.length - 1;
    if (group.length < 2 || group.some((g) => g.subject !== null)) continue;
    const comma = c.start - (m[0].length);
    let clauseStart = comma;
    while (clauseStart > 0 && !CLAUSE_MARK.test(text[clauseStart - 1] ?? '')) clauseStart--;
    const items = listItems(lex, text, clauseStart, comma, group.length);
    if (!items) continue;
    group.forEach((g, k) => {
      g.subject = items[k] ?? null;
    });
  }
}

/**
 * What each figure counts, looked for after the figure before it (so a subject never reaches back
 * into another figure); small Chinese-numeral quantities are not figures there (三类案件).
 */
function assignSubjects(lex: Lexicons, text: string, candidates: StatCandidate[], rejections: readonly NormRejection[], lineStart?: Uint8Array): void {
  const ends = [...candidates.map((c) => c.end), ...rejections.filter((r) => r.rule !== X.notSmallChinese.id).map((r) => r.end)].sort((a, b) => a - b);
  let k = 0;
  let floor = 0;
  for (const c of candidates) {
    while (k < ends.length && (ends[k] ?? 0) <= c.start) floor = ends[k++] ?? floor;
    c.subject = subjectOf(lex, text, c, { floor, lineStart });
  }
  inheritComparedSubjects(text, candidates);
  distributeSubjects(lex, text, candidates);
  shareTrailingSubject(text, candidates);
}

export function scanStats(
  lex: Lexicons,
  text: string,
  lineStart?: Uint8Array,
): { candidates: StatCandidate[]; rejections: NormRejection[] } {
  const candidates: StatCandidate[] = [];
  const rejections: NormRejection[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    let scan: Scan | null = null;
    const marker = isListMarker(text, i, lineStart);
    if (marker > 0) scan = { candidate: null, rejection: { start: i, end: i + marker, rule: X.notListMarker.id }, next: i + marker };
    else if (ch === '百') scan = scanPercentZh(lex, text, i);
    else if (isNumberStart(text, i) || isRoundScale(lex, text, i)) scan = scanNumber(lex, text, i);
    if (!scan) {
      i++;
      continue;
    }
    if (scan.candidate) candidates.push(scan.candidate);
    if (scan.rejection) rejections.push(scan.rejection);
    i = Math.max(i + 1, scan.next);
  }
  assignSubjects(lex, text, candidates, rejections, lineStart);
  return { candidates, rejections };
}
