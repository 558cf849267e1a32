// Finds organization names. A name ends with a head word (公安局, 支队, 委员会, a gazetteer name …);
// the walk left from it takes places, admin prefixes, name words and other units while they still
// belong to the name, and stops at verbs, function words, punctuation and line breaks that end a line.
import type { Lexicons, TokenValue } from './lexicons';
import type { GazetteerEntry, SuffixEntry } from './lexicon';
import type { TextView } from './normalize';
import type { NormRejection } from './stat';
import { matchesEndingAt } from './trie';
import type { OrgType } from './types';
import { isInsideWord, wordAround } from './words';
import * as R from './rules/org-rules';
import * as X from './rules/org-exclusions';

export interface OrgCandidate {
  start: number;
  end: number;
  orgType: OrgType;
  rule: string;
  gazetteer: GazetteerEntry | null;
  /** End of the innermost enclosing unit named inside the span (宁波市公安局 in …网安支队), or null. */
  parentEnd: number | null;
  parentGazetteer: GazetteerEntry | null;
  english: string | null;
  /** False when only a back-reference to an earlier full name can save the candidate. */
  anchored: boolean;
}

type Category = 'gazetteer' | 'head' | 'word' | 'place' | 'admin' | 'paren' | 'joiner' | 'stem';

interface Token {
  start: number;
  end: number;
  category: Category;
  value?: TokenValue;
}

export const HAN = /\p{Script=Han}/u;
/** Characters of grammar words: an unknown run holding one is a phrase, not a brand (后来去医院). */
const FUNCTION_CHARS = /[去来到在了的着过就后把被让给向从对与和或也都还又再才已曾将要会能可说是有没不很最更太这那其该每些]/;
/** 第一分局, 第三分院: an ordinal inside a unit's name. */
const ORDINAL_STEM = /第[一二三四五六七八九十0-9]{1,3}$/;
export const OPEN_QUOTES = '“‘"「『';
export const CLOSE_QUOTES = '”’"」』';
const WITHHELD_NAME = '某某';
/** Length from which a gazetteer name is not taken for the first half of a word (see continuesAfter). */
const LONG_NAME = 4;
/** A figure with its measure word (13间, 40多家): what follows it is counted, not named (13间银行, 下游5家营销公司). */
const COUNTED = /[0-9零〇一二两三四五六七八九十百千万](?:余|多)?[家个所间座批位]/;
const ADMIN_ENGLISH: Readonly<Record<string, string>> = { 省: 'Provincial', 市: 'Municipal', 县: 'County', 区: 'District', 镇: 'Town' };
const QUANTIFIER_BEFORE_ADMIN = '全各我该本每外跨同两';
const STRONG_AFTER_BREAK: ReadonlySet<Category> = new Set(['place', 'admin', 'gazetteer', 'head']);
const PRIORITY: Readonly<Record<string, number>> = { gazetteer: 5, head: 4, place: 3, admin: 2, word: 1 };

interface Best {
  name: { length: number; value: TokenValue } | null;
  stop: number;
}

function straddlesBreak(breaks: Uint8Array | undefined, end: number, length: number): boolean {
  if (!breaks) return false;
  for (let k = end - length + 1; k < end; k++) if (breaks[k]) return true;
  return false;
}

/** Longest name piece and longest stop word ending at `end`; a stop word split by a line break is ignored. */
export function bestEndingAt(lex: Lexicons, text: string, end: number, breaks?: Uint8Array): Best {
  let name: Best['name'] = null;
  let stop = 0;
  for (const m of matchesEndingAt(lex.tokens, text, end)) {
    for (const v of m.values) {
      if (v.category === 'stop') {
        if (m.length > 1 && straddlesBreak(breaks, end, m.length)) continue;
        stop = Math.max(stop, m.length);
      } else if (!name || m.length > name.length || (m.length === name.length && (PRIORITY[v.category] ?? 0) > (PRIORITY[name.value.category] ?? 0))) {
        name = { length: m.length, value: v };
      }
    }
  }
  return { name, stop };
}

function isNameChar(ch: string): boolean {
  return HAN.test(ch) || /[0-9A-Za-z]/.test(ch);
}

interface Walk {
  tokens: Token[];
  /** Where the walk stopped: 'edge' (punctuation, start, break) or 'stop' (a stop word). */
  boundary: 'edge' | 'stop';
  boundaryStart: number;
}

/** Parenthesised place inside a name: 树兰(安吉)医院, 京东(周口)商服科技中心. */
function parenEndingAt(lex: Lexicons, text: string, end: number): number | null {
  if (text[end - 1] !== ')') return null;
  const open = text.lastIndexOf('(', end - 2);
  if (open < 0 || end - open > 8) return null;
  const inner = text.slice(open + 1, end - 1);
  if (!/^\p{Script=Han}{2,5}$/u.test(inner)) return null;
  const b = bestEndingAt(lex, text, end - 1);
  return b.name && (b.name.value.category === 'place' || b.name.value.category === 'admin') ? open : null;
}

function walkLeft(lex: Lexicons, view: TextView, headStart: number, headComplete: boolean): Walk {
  const text = view.norm;
  const tokens: Token[] = [];
  let p = headStart;
  let crossed = false;
  let unknownEnd = -1;
  const flushUnknown = (): void => {
    if (unknownEnd > p) tokens.push({ start: p, end: unknownEnd, category: 'stem' });
    unknownEnd = -1;
  };
  while (p > 0) {
    // Across a blank line only places, admin prefixes and units continue a name (a heading line must
    // not run into the name below it). So across one break, unless the break comes right before a head
    // that is no name by itself (网安\n支队, a wrapped column): a title or a paragraph ends at one break
    // as often (…数据\n司法警察局今日公布, …战果丰硕\n南方日报讯).
    const breaks = view.breakBefore[p] ?? 0;
    if (breaks > 1 || (breaks === 1 && (headComplete || tokens.length > 0 || unknownEnd >= 0))) crossed = true;
    const ch = text[p - 1] ?? '';
    const paren = parenEndingAt(lex, text, p);
    if (paren !== null && !crossed) {
      flushUnknown();
      tokens.push({ start: paren, end: p, category: 'paren' });
      p = paren;
      continue;
    }
    if (!isNameChar(ch)) return { tokens: finish(tokens, p, unknownEnd), boundary: 'edge', boundaryStart: p };
    const ordinal = ORDINAL_STEM.exec(text.slice(Math.max(0, p - 5), p));
    if (ordinal && !crossed) {
      flushUnknown();
      tokens.push({ start: p - ordinal[0].length, end: p, category: 'word' });
      p -= ordinal[0].length;
      continue;
    }
    const best = bestEndingAt(lex, text, p, view.breakBefore);
    if (best.name && best.name.length >= best.stop) {
      const category = best.name.value.category as Category;
      if (crossed && !STRONG_AFTER_BREAK.has(category)) break;
      // 部分医院: a head followed by its own continuation is the first half of another word.
      if ((category === 'head' || category === 'gazetteer') && continuesAfter(lex, text, { start: p - best.name.length, end: p, category, value: best.name.value })) {
        break;
      }
      // 市委市政府, 省委省政府: a self-naming unit before an admin prefix is a coordinated item.
      const right = tokens[tokens.length - 1];
      const english = best.name.value.suffix?.english;
      if (category === 'head' && english && !english.includes('{place}') && right?.category === 'admin' && unknownEnd < 0) break;
      flushUnknown();
      tokens.push({ start: p - best.name.length, end: p, category, value: best.name.value });
      p -= best.name.length;
      continue;
    }
    // 北京某某科技有限公司: 某某 stands for a name withheld (court and regulator texts), not for 某 (a certain).
    if (!crossed && text.startsWith(WITHHELD_NAME, p - WITHHELD_NAME.length)) {
      if (unknownEnd < 0) unknownEnd = p;
      p -= WITHHELD_NAME.length;
      continue;
    }
    if (best.stop > 0) return { tokens: finish(tokens, p, unknownEnd), boundary: 'stop', boundaryStart: p - best.stop };
    if (crossed) break;
    if (ch === '暨' && tokens.length > 0) {
      const left = bestEndingAt(lex, text, p - 1);
      const c = left.name?.value.category;
      if (c === 'head' || c === 'gazetteer') {
        flushUnknown();
        tokens.push({ start: p - 1, end: p, category: 'joiner' });
        p -= 1;
        continue;
      }
    }
    if (unknownEnd < 0) unknownEnd = p;
    p -= 1;
    if (unknownEnd - p > 8) break;
  }
  return { tokens: finish(tokens, p, unknownEnd), boundary: 'edge', boundaryStart: p };
}

function finish(tokens: Token[], p: number, unknownEnd: number): Token[] {
  if (unknownEnd > p) tokens.push({ start: p, end: unknownEnd, category: 'stem' });
  return tokens.reverse();
}

/**
 * Why an unknown run opening the name may stay, or null: a place stem before 市/县/镇 (川汇区), the
 * proper stem of a local unit (大碶派出所), a brand (途众汽贸控股有限公司), or a place before a police
 * head at the edge of a clause (鄞州公安局).
 */
function leadingStemKind(
  text: string,
  out: readonly Token[],
  head: SuffixEntry | null,
  headLength: number,
  ctx: { edge: boolean; created: boolean },
): 'place' | 'local' | 'brand' | 'police' | null {
  const first = out[0];
  if (!first) return null;
  const next = out[1];
  const stem = text.slice(first.start, first.end);
  const len = stem.length;
  const han = /^\p{Script=Han}+$/u.test(stem);
  const adminChar = next?.category === 'admin' && next.end - next.start === 1;
  const maxPlace = adminChar && '市县区省州旗盟'.includes(text[next.start] ?? '\u0000') ? 2 : 3;
  if (han && next?.category === 'admin' && len <= maxPlace) return 'place';
  const localNext = next ? next.category === 'head' && next.value?.suffix?.stem === 'local' : head?.stem === 'local';
  if (han && localNext && len <= 3 && !ctx.created) return 'local';
  const nextHead = out.find((t) => t.category === 'head' || t.category === 'gazetteer')?.value?.suffix ?? head;
  const brandNext = !next || ['paren', 'word', 'head', 'place'].includes(next.category);
  if (nextHead?.stem === 'brand' && brandNext && len >= 2 && len <= 8 && !FUNCTION_CHARS.test(stem)) return 'brand';
  if (han && !next && head?.type === 'police' && headLength >= 3 && len <= 2 && ctx.edge) return 'police';
  return null;
}

/** Decides which unknown stems stay: a place stem before 市/县/镇, a local stem, a brand. */
function trimStems(text: string, walk: Walk, head: SuffixEntry | null, headLength: number): Token[] {
  const out = [...walk.tokens];
  // A one-character admin prefix (市, 省) opens a name unless a place stands before it (宁波 + 市):
  // anything else before it belongs to the text before the name.
  for (let i = out.length - 1; i >= 1; i--) {
    const t = out[i];
    const prev = out[i - 1];
    if (t?.category === 'admin' && t.end - t.start === 1 && prev && !['place', 'paren', 'stem', 'gazetteer'].includes(prev.category)) {
      out.splice(0, i);
      break;
    }
  }
  // 13间银行, 全澳40多间学校, 下游5家营销公司: a stem holding a figure and its measure word counts a kind.
  for (let i = out.length - 1; i >= 0; i--) {
    const t = out[i];
    if (t?.category === 'stem' && COUNTED.test(text.slice(t.start, t.end))) {
      out.splice(0, i + 1);
      break;
    }
  }
  const edge = walk.boundary === 'edge';
  const created = !edge && (X.orgCreatedUnit.pattern?.test(text.slice(walk.boundaryStart, out[0]?.start ?? 0)) ?? false);
  // Unknown runs sandwiched between known pieces stay when short.
  for (let i = out.length - 1; i >= 1; i--) {
    const t = out[i];
    if (t?.category === 'stem' && (t.end - t.start > 6 || /[一二两三四五六七八九十]/.test(text.slice(t.start, t.end)))) out.splice(0, i + 1);
  }
  while (out.length > 0) {
    const first = out[0];
    const second = out[1];
    if (!first) break;
    if (first.category === 'stem') {
      const next = second;
      if (leadingStemKind(text, out, head, headLength, { edge, created }) !== null) break;
      out.shift();
      // 城市数据中心: the admin character belonged to the dropped word.
      if (next?.category === 'admin' && next.end - next.start === 1) out.shift();
      continue;
    }
    const quantified = walk.boundary === 'stop' && walk.boundaryStart === first.start - 1;
    if (first.category === 'admin' && first.end - first.start === 1 && quantified && QUANTIFIER_BEFORE_ADMIN.includes(text[first.start - 1] ?? '\u0000')) {
      out.shift();
      continue;
    }
    if (first.category === 'joiner') {
      out.shift();
      continue;
    }
    break;
  }
  return out;
}

/** Longest quoted name, in characters. */
const QUOTED_NAME_MAX = 20;

/**
 * Where a quoted name starts when the name ending at `end` is closed by a quotation mark and its open
 * mark stands before `start` with only name characters between (stop words included), or null.
 */
function quotedNameStart(text: string, start: number, end: number): number | null {
  if (!CLOSE_QUOTES.includes(text[end] ?? '\u0000')) return null;
  for (let q = start - 1; q >= 0 && end - q <= QUOTED_NAME_MAX; q--) {
    const ch = text[q] ?? '';
    if (OPEN_QUOTES.includes(ch)) return q + 1 < start ? q + 1 : null;
    if (!isNameChar(ch)) return null;
  }
  return null;
}

function headOf(t: Token): { suffix: SuffixEntry | null; gazetteer: GazetteerEntry | null } {
  return { suffix: t.value?.suffix ?? null, gazetteer: t.value?.gazetteer ?? null };
}

/** English composed from the pieces: place, admin prefix, field words and head templates. */
function englishOf(text: string, tokens: readonly Token[]): string | null {
  let eng = '';
  let field: string[] = [];
  let unit = false;
  for (const t of tokens) {
    if (t.category === 'head' || t.category === 'gazetteer') unit = true;
    const word = text.slice(t.start, t.end);
    if (t.category === 'place') eng = unit ? `${eng} ${t.value?.english ?? ''}` : (t.value?.english ?? '');
    else if (t.category === 'admin') eng = eng || (ADMIN_ENGLISH[word] ?? '');
    else if (t.category === 'gazetteer') {
      // A known body without English: no English at all beats 'Zuoying Sub-bureau' for a city's branch.
      if (!t.value?.gazetteer?.english) return null;
      eng = t.value.gazetteer.english;
    }
    else if (t.category === 'word' && t.value?.english) field.push(t.value.english);
    else if (t.category === 'head') {
      const template = t.value?.suffix?.english;
      if (!template) return null;
      // A template without {place} (市委 → Municipal Party Committee) still follows the place before it.
      const before = [eng, ...field].join(' ');
      eng = (template.includes('{place}') ? template.replace('{place}', before) : `${before} ${template}`).replace(/\s+/g, ' ').trim();
      field = [];
    } else return null;
  }
  return field.length === 0 && eng ? eng : null;
}

interface Judged {
  candidate: OrgCandidate | null;
  rejection: NormRejection | null;
}

/**
 * The type of a unit from its head, except that a generic government head (厅, 处, 办公室) inside a
 * court, procuratorate, police or party body takes that body's type: 最高人民检察院第四检察厅 is a
 * procuratorate's department, 市委办公室 a party office.
 */
function unitType(suffix: SuffixEntry | null, parent: Token | undefined): OrgType {
  const own = suffix?.type ?? 'other';
  const parentType = parent?.value?.gazetteer?.type ?? parent?.value?.suffix?.type;
  if (own === 'government' && (parentType === 'court' || parentType === 'police' || parentType === 'party')) return parentType;
  return own;
}

function judge(lex: Lexicons, view: TextView, headTok: Token, walk: Walk): Judged {
  const text = view.norm;
  const { suffix, gazetteer: headGaz } = headOf(headTok);
  const headLen = headTok.end - headTok.start;
  const tokens = [...trimStems(text, walk, suffix, headLen), headTok];
  // 「反詐騙及洗錢情報聯盟」: quotation marks delimit a name whatever stop words it holds.
  const opened = quotedNameStart(text, tokens[0]?.start ?? headTok.start, headTok.end);
  if (opened !== null) tokens.unshift({ start: opened, end: tokens[0]?.start ?? headTok.start, category: 'stem' });
  const start = tokens[0]?.start ?? headTok.start;
  const end = headTok.end;
  const name = text.slice(start, end);
  const reject = (rule: string): Judged => ({ candidate: null, rejection: { start, end, rule } });
  const before = tokens.length > 1 ? tokens[tokens.length - 2] : undefined;
  // 工作部署: the unit to the left is really the first half of a word with this head.
  if (before && (before.category === 'head' || before.category === 'gazetteer') && continuesAfter(lex, text, before)) {
    return reject(X.orgBareHead.id);
  }
  if (suffix && headLen === 1) {
    // 格局, 干部: a word that merely ends in the head character.
    if (matchesEndingAt(lex.stops, text, end).some((m) => m.length > 1)) return reject(X.orgBareHead.id);
    const known = (t: Token | undefined): boolean =>
      t !== undefined && (t.category === 'word' || t.category === 'gazetteer' || (t.category === 'head' && t.end - t.start > 1));
    // 网络安全协调局: a two-character stem between a known piece and the head is a field word we lack.
    const beforeStem = tokens.length > 2 ? tokens[tokens.length - 3] : undefined;
    const stemField = before?.category === 'stem' && before.end - before.start === 2 && known(beforeStem) && '局署司厅处'.includes(text[end - 1] ?? '\u0000');
    if (!known(before) && !stemField) return reject(X.orgBareHead.id);
    // 行政院会, 部务会: 会 right after a known body is that body's meeting, not a unit of it.
    if (text[end - 1] === '会' && before?.category === 'gazetteer') return reject(X.orgBareHead.id);
    // 滴滴全球股份有限公司处人民币…罚款: a company has departments with names, not a bare 处 or 局 right
    // after its legal suffix; the character is a verb.
    if (before?.category === 'head' && before.value?.suffix?.type === 'company') return reject(X.orgBareHead.id);
  }
  if (X.orgDeterminer.pattern?.test(text.slice(Math.max(0, start - 3), start))) return reject(X.orgDeterminer.id);
  const firstWalked = walk.tokens[0];
  if (firstWalked?.category === 'stem' && start > firstWalked.start && X.orgCreatedUnit.pattern?.test(text.slice(walk.boundaryStart, firstWalked.start))) {
    return reject(X.orgCreatedUnit.id);
  }
  // …诈骗中心 is a scam centre, but 反诈骗中心 the unit fighting it.
  const genericTail = lex.genericTails.some((t) => name.endsWith(t) && name[name.length - t.length - 1] !== '反');
  if (lex.generic.has(name) || genericTail) return reject(X.orgGeneric.id);
  if (X.orgProduct.pattern?.test(text.slice(end, end + 3))) return reject(X.orgProduct.id);
  const wholeGaz = lex.gazetteer.get(name) ?? sameAsGazetteer(tokens);
  const inner = tokens.slice(0, -1);
  const nested = [...inner].reverse().find((t) => t.category === 'head' || t.category === 'gazetteer');
  const hasPlace = inner.some((t) => t.category === 'place' || t.category === 'admin' || t.category === 'paren');
  const hasWord = inner.some((t) => t.category === 'word');
  const firstStem = inner[0]?.category === 'stem' ? inner[0] : undefined;
  const quoted = OPEN_QUOTES.includes(text[start - 1] ?? '\u0000') && CLOSE_QUOTES.includes(text[end] ?? '\u0000');
  let rule: string | null = null;
  const selfNamed = inner.length === 0 && suffix !== null && suffix.english !== null && !suffix.english.includes('{place}');
  if (wholeGaz) rule = R.orgGazetteer.id;
  else if (selfNamed) rule = R.orgSuffixWalk.id;
  else if (hasPlace || nested || headGaz) rule = R.orgSuffixWalk.id;
  else if (firstStem && suffix?.stem === 'brand') rule = R.orgBrand.id;
  else if (firstStem && inner.length === 1) rule = R.orgLocalUnit.id;
  else if (suffix?.stem === 'police' && hasWord) rule = R.orgPoliceUnit.id;
  else if (quoted && inner.length > 0) rule = R.orgQuoted.id;
  const parentGazetteer = wholeGaz ? null : (nested?.value?.gazetteer ?? null);
  const candidate: OrgCandidate = {
    start,
    end,
    orgType: wholeGaz?.type ?? headGaz?.type ?? unitType(suffix, nested),
    rule: rule ?? X.orgUnanchored.id,
    gazetteer: wholeGaz,
    parentEnd: wholeGaz ? null : (nested?.end ?? null),
    parentGazetteer,
    english: wholeGaz?.english ?? englishOf(text, tokens),
    anchored: rule !== null,
  };
  // 市委, 省委: a head whose English needs no place names its unit by itself.
  const selfNaming = suffix !== null && suffix.english !== null && !suffix.english.includes('{place}');
  if (inner.length === 0 && !wholeGaz && !selfNaming) return reject(X.orgGeneric.id);
  return { candidate, rejection: null };
}

/**
 * The span names a gazetteer organization: 澳門 + 司法警察局 (a place before the name), or
 * 腾讯 + 公司, 华为 + 技术有限公司 (a company name and its legal form).
 */
function sameAsGazetteer(tokens: readonly Token[]): GazetteerEntry | null {
  const gazIndex = tokens.findIndex((t) => t.category === 'gazetteer');
  const gaz = tokens[gazIndex]?.value?.gazetteer;
  if (!gaz) return null;
  const before = tokens.slice(0, gazIndex);
  const after = tokens.slice(gazIndex + 1);
  if (!before.every((t) => t.category === 'place' || t.category === 'admin')) return null;
  if (after.length === 0) return before.length > 0 ? gaz : null;
  const last = after[after.length - 1];
  const legalForm = gaz.type === 'company' && last?.value?.suffix?.type === 'company' && last.value.suffix.stem === 'brand';
  const middle = after.slice(0, -1).every((t) => t.category === 'word');
  return before.length === 0 && legalForm && middle && after.length <= 2 ? gaz : null;
}

/**
 * 人民网 in 保护人民网络安全: the name's last character starts a word that names things (网络). Only
 * such words: ICU runs words across the end of real names too (国家网信办|公布 is 网/信/办公/布).
 */
function endsInsideNameWord(lex: Lexicons, text: string, end: number): boolean {
  const w = wordAround(text, end - 1);
  if (w.end <= end) return false;
  return matchesEndingAt(lex.tokens, text, w.end).some((m) => m.length === w.end - w.start && m.values.some((v) => v.category === 'word'));
}

/** A gazetteer name or a head that names its unit by itself (市委): a name without anything before it. */
function isCompleteName(head: Token): boolean {
  const english = head.value?.suffix?.english;
  return head.category === 'gazetteer' || (english !== undefined && english !== null && !english.includes('{place}'));
}

function headEndingAt(lex: Lexicons, text: string, end: number): Token | null {
  let best: Token | null = null;
  for (const m of matchesEndingAt(lex.heads, text, end)) {
    const value = m.values.find((v) => v.category === 'gazetteer') ?? m.values[0];
    if (value) best = { start: end - m.length, end, category: value.category === 'gazetteer' ? 'gazetteer' : 'head', value };
  }
  return best;
}

/** A Latin alias (NCC, CARIC) must be a whole word, not part of CARICATURE. */
function insideLatinWord(text: string, head: Token): boolean {
  const latin = /[A-Za-z0-9]/;
  return (latin.test(text[head.start] ?? '') && latin.test(text[head.start - 1] ?? '')) ||
    (latin.test(text[head.end - 1] ?? '') && latin.test(text[head.end] ?? ''));
}

/** The head is not the end of a name (中心城区, 大队长, 工作部署): its own continuations or its last character's. */
function continuesAfter(lex: Lexicons, text: string, head: Token): boolean {
  const own = head.value?.suffix?.notBefore ?? [];
  // A long known name stays itself before a word made with its last character (香港警务处|在,
  // 中国人民银行|行长); a short one may be the first half of a word (工信部门, 公安部门).
  const longName = head.category === 'gazetteer' && head.end - head.start >= LONG_NAME;
  const last = longName ? [] : (lex.singleHeads.get(text[head.end - 1] ?? '')?.notBefore ?? []);
  return [...own, ...last].some((s) => text.startsWith(s, head.end));
}

export function scanOrgHeads(lex: Lexicons, view: TextView): { candidates: OrgCandidate[]; rejections: NormRejection[] } {
  const text = view.norm;
  const candidates: OrgCandidate[] = [];
  const rejections: NormRejection[] = [];
  for (let end = 1; end <= text.length; end++) {
    if (lex.headLastCodes[text.charCodeAt(end - 1)] !== 1) continue;
    const head = headEndingAt(lex, text, end);
    if (!head || continuesAfter(lex, text, head) || insideLatinWord(text, head)) continue;
    // 京东 in 南京东路, 大公报 in 重大公报: a known name must start a word, not end one; 人民网 in 人民网络.
    if (head.category === 'gazetteer' && (isInsideWord(text, head.start) || endsInsideNameWord(lex, text, head.end))) continue;
    const judged = judge(lex, view, head, walkLeft(lex, view, head.start, isCompleteName(head)));
    if (judged.candidate) candidates.push(judged.candidate);
    if (judged.rejection) rejections.push(judged.rejection);
  }
  return { candidates, rejections };
}
