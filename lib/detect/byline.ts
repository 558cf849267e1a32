import { BYLINE_PATTERNS, type BylinePattern } from './tables/byline-patterns';

export interface BylineResult {
  authors: string[];
  editor: string | null;
  source: string | null;
  /** Ids of the byline patterns found (data/byline-patterns.tsv), in table order. */
  ids: string[];
}

const NAME = /^[\u4e00-\u9fff·]{2,4}$/;
const LEAD = '(?:^|(?<=[\\s\\u3000（(【\\[｜|]))';
const TRAILERS = /文\s*\/\s*[图圖摄攝]|[图圖]\s*\/\s*文|摄影|攝影|报道|報道|整理/g;
const STOP_VALUE = /[|｜;；（()）_【】[\]]/;
const MAX_LINE = 80;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function labelsOf(patterns: readonly BylinePattern[]): string[] {
  return patterns.flatMap((p) => p.labels).sort((a, b) => b.length - a.length);
}

interface Compiled {
  pattern: BylinePattern;
  re: RegExp;
}

/** Short credit lines ("澎湃新闻记者 陈琳") may have the outlet's name glued to the label. */
const SHORT_CREDIT = 40;

function compile(patterns: readonly BylinePattern[], lead: string): { list: Compiled[]; anyLabel: RegExp } {
  const all = labelsOf(patterns).map(escape).join('|');
  const list = patterns.map((pattern) => {
    const labels = [...pattern.labels].sort((a, b) => b.length - a.length).map(escape).join('|');
    // Names follow a label that starts a block or a bracket/space-separated part ("据记者了解" is not a byline);
    // a colon is clear enough on its own ("08:30来源：周口日报" from adjacent <span>s).
    const re = pattern.form === 'names'
      ? new RegExp(`${lead}(?:${labels})[\\s\\u3000:：]*`, 'g')
      : new RegExp(`(?:${labels})\\s*[：:]\\s*`, 'g');
    return { pattern, re };
  });
  return { list, anyLabel: new RegExp(all, 'g') };
}

const COMPILED = compile(BYLINE_PATTERNS, LEAD);
const LEAD_SHORT = '(?:^|(?<=[\\s\\u3000（(【\\[｜|]|新闻|新聞|报|報|网|網|社|台|臺|中心))';
const COMPILED_SHORT = compile(BYLINE_PATTERNS, LEAD_SHORT);

/** The parts of a text block where bylines live: all of a short block, the ends of a long one. */
function windows(block: string): string[] {
  if (block.length <= MAX_LINE) return [block];
  return [block.slice(0, 40), block.slice(-30)];
}

function namesAfter(rest: string, anyLabel: RegExp): string[] {
  const inside = rest.split(/[）)】\]]/)[0] ?? '';
  const spaced = inside.replace(TRAILERS, ' ').replace(anyLabel, ' | ');
  const names: string[] = [];
  for (const token of spaced.split(/[\s\u3000、，,）)】\]]+/)) {
    if (token === '') continue;
    if (!NAME.test(token)) break;
    names.push(token);
  }
  return names;
}

function valueAfter(rest: string, anyLabel: RegExp): string | null {
  const cut = rest.split(anyLabel)[0] ?? '';
  const first = cut.split(STOP_VALUE)[0] ?? '';
  const token = first.trim().split(/[\s\u3000]+/)[0] ?? '';
  return token.length >= 2 && token.length <= 30 ? token : null;
}

/**
 * Reporters, correspondents, authors, editor and source from byline-like text blocks (a label at the
 * start of a block or after a space/bracket, followed by names or by a colon and a value).
 */
export function extractBylines(blocks: readonly string[]): BylineResult {
  const authors: string[] = [];
  let editor: string | null = null;
  let source: string | null = null;
  const ids = new Set<string>();
  for (const block of blocks) {
    const { list, anyLabel } = block.length <= SHORT_CREDIT ? COMPILED_SHORT : COMPILED;
    for (const text of windows(block)) {
      // Names are kept in text order, whichever label introduced them.
      const found: { at: number; names: string[] }[] = [];
      for (const { pattern, re } of list) {
        re.lastIndex = 0;
        for (const m of text.matchAll(re)) {
          const rest = text.slice((m.index ?? 0) + m[0].length);
          if (pattern.form === 'names' || pattern.field === 'authors') {
            const names = pattern.form === 'names' ? namesAfter(rest, anyLabel) : namesAfter(rest.split(STOP_VALUE)[0] ?? '', anyLabel);
            if (names.length === 0) continue;
            ids.add(pattern.id);
            found.push({ at: m.index ?? 0, names });
          } else {
            const value = valueAfter(rest, anyLabel);
            if (!value) continue;
            ids.add(pattern.id);
            if (pattern.field === 'editor') editor ??= value;
            else source ??= value;
          }
        }
      }
      found.sort((a, b) => a.at - b.at);
      for (const f of found) for (const n of f.names) if (!authors.includes(n)) authors.push(n);
    }
  }
  return { authors, editor, source, ids: BYLINE_PATTERNS.map((p) => p.id).filter((id) => ids.has(id)) };
}
