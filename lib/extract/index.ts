// extract(text): every statistic (STAT) and organization name (ORG) in an article, sorted by start,
// with UTF-16 offsets into the original text (line breaks, pinyin glosses and all).
import { getLexicons, type Lexicons } from './lexicons';
import { linkOrgs } from './link';
import { cleanOriginal, createView, toOriginal, writtenOriginal, type TextView } from './normalize';
import { learnPlaces, scanListMembers, scanMetonyms } from './org-actors';
import { scanOrgHeads, type OrgCandidate } from './org';
import { orgUnanchored } from './rules/org-exclusions';
import { sentenceEnds, sentenceOf } from './sentence';
import { scanStats, type NormRejection, type StatCandidate } from './stat';
import type { ExtractOptions, Mention, OrgMention, Rejection, Span, StatMention } from './types';

export type { ExtractOptions, Mention, OrgMention, Rejection, StatMention } from './types';

export interface Explanation {
  mentions: Mention[];
  /** Candidates dropped by an exclusion rule, with the rule id: for tracing a missing mention. */
  rejections: Rejection[];
}

function statMention(view: TextView, ends: readonly number[], c: StatCandidate): StatMention {
  const span = toOriginal(view, c.start, c.end);
  const unit = c.rule === 'stat-percent-zh' ? '%' : cleanOriginal(view, c.unitStart, c.unitEnd);
  return {
    type: 'STAT',
    start: span.start,
    end: span.end,
    text: view.original.slice(span.start, span.end),
    value: c.value,
    unit,
    kind: c.kind,
    approx: c.approx.length > 0 ? c.approx.join('') : null,
    subject: c.subject ? writtenOriginal(view, c.subject.start, c.subject.end) : null,
    subjectSpan: c.subject ? toOriginal(view, c.subject.start, c.subject.end) : null,
    sentence: sentenceOf(view.original, ends, span.start),
    rule: c.rule,
  };
}

/** Keeps the best of overlapping candidates: anchored first, then the longest, then the leftmost. */
function resolveOverlaps(candidates: readonly OrgCandidate[], length: number): OrgCandidate[] {
  const ranked = [...candidates].sort(
    (a, b) => Number(b.anchored) - Number(a.anchored) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const occupied = new Uint8Array(length);
  const taken: OrgCandidate[] = [];
  for (const c of ranked) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (occupied[i]) free = false;
    if (!free) continue;
    occupied.fill(1, c.start, c.end);
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

function findOrgs(lex: Lexicons, view: TextView): { candidates: OrgCandidate[]; rejections: NormRejection[] } {
  const heads = scanOrgHeads(lex, view);
  const learned = learnPlaces(lex, view, heads.candidates);
  const all = [...heads.candidates, ...scanMetonyms(lex, view, learned), ...scanListMembers(lex, view)];
  return { candidates: resolveOverlaps(all, view.norm.length), rejections: heads.rejections };
}

function inRegion(region: readonly Span[] | undefined, m: { start: number; end: number }): boolean {
  return !region || region.some((r) => m.start >= r.start && m.end <= r.end);
}

function toRejection(view: TextView, r: NormRejection): Rejection {
  return { ...toOriginal(view, r.start, r.end), rule: r.rule };
}

export function explain(text: string, opts: ExtractOptions = {}): Explanation {
  return run(text, opts, true);
}

function run(text: string, opts: ExtractOptions, trace: boolean): Explanation {
  const lex = getLexicons();
  const view = createView(text, lex.fold);
  const ends = sentenceEnds(text);
  const stats = scanStats(lex, view.norm, view.lineStart);
  const orgs = findOrgs(lex, view);
  const { linked, dropped } = linkOrgs(lex, view, orgs.candidates);

  const orgMentions = linked.map((l) => {
    const span = toOriginal(view, l.normStart, l.normEnd);
    l.mention.start = span.start;
    l.mention.end = span.end;
    l.mention.text = text.slice(span.start, span.end);
    return l;
  });
  const mentions: Mention[] = [
    ...stats.candidates.map((c) => statMention(view, ends, c)),
    ...orgMentions.map((l) => l.mention),
  ]
    .filter((m) => inRegion(opts.region, m))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const index = new Map<Mention, number>(mentions.map((m, i) => [m, i]));
  for (const l of orgMentions) {
    const target: OrgMention | null = l.referent;
    l.mention.refersTo = target ? (index.get(target) ?? null) : null;
  }
  if (!trace) return { mentions, rejections: [] };
  const rejections = [
    ...stats.rejections.map((r) => toRejection(view, r)),
    ...orgs.rejections.map((r) => toRejection(view, r)),
    ...dropped.map((c) => toRejection(view, { start: c.start, end: c.end, rule: orgUnanchored.id })),
  ].sort((a, b) => a.start - b.start);
  return { mentions, rejections };
}

export function extract(text: string, opts: ExtractOptions = {}): Mention[] {
  return run(text, opts, false).mentions;
}
