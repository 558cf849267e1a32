// Scoring per /shared/gold/GUIDELINES.md: strict (same type, start, end) and lenient (same type,
// overlapping) precision/recall/F1 per type; each gold mention matched once; a prediction that matches
// an optional gold mention is dropped from both sides. Plus value/unit/kind accuracy of strict STATs,
// and, apart from those three, how often the counted subject equals gold's.
import type { Mention } from './types';

export type MentionType = 'STAT' | 'ORG';
export const MENTION_TYPES: readonly MentionType[] = ['STAT', 'ORG'];

export interface GoldMention {
  type: MentionType;
  start: number;
  end: number;
  text: string;
  optional: boolean;
  value?: number;
  unit?: string | null;
  kind?: string;
  subject?: string | null;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface AttributeCounts {
  matched: number;
  value: number;
  unit: number;
  kind: number;
  all: number;
  /** Strict matches whose subject equals gold's (both null counts as equal). */
  subject: number;
}

export interface DocScore {
  strict: Record<MentionType, Counts>;
  lenient: Record<MentionType, Counts>;
  attributes: AttributeCounts;
  falseNegatives: GoldMention[];
  falsePositives: Mention[];
  /** Strict matches whose value, unit or kind differ from gold. */
  wrongAttributes: { gold: GoldMention; predicted: Mention }[];
  /** Strict matches whose subject differs from gold's. */
  wrongSubjects: { gold: GoldMention; predicted: Mention }[];
}

type Match = (g: GoldMention, p: Mention) => boolean;

const exact: Match = (g, p) => g.type === p.type && g.start === p.start && g.end === p.end;
const overlap: Match = (g, p) => g.type === p.type && g.start < p.end && p.start < g.end;

function emptyCounts(): Record<MentionType, Counts> {
  return { STAT: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 } };
}

function matchAll(gold: readonly GoldMention[], predicted: readonly Mention[], match: Match) {
  const used = new Set<number>();
  const counts = emptyCounts();
  const pairs: [GoldMention, Mention][] = [];
  const falsePositives: Mention[] = [];
  for (const p of predicted) {
    const find = (optional: boolean): number =>
      gold.findIndex((g, i) => !used.has(i) && g.optional === optional && match(g, p));
    const hit = find(false);
    if (hit >= 0) {
      used.add(hit);
      counts[p.type].tp++;
      pairs.push([gold[hit] as GoldMention, p]);
      continue;
    }
    const opt = find(true);
    if (opt >= 0) {
      used.add(opt);
      continue;
    }
    counts[p.type].fp++;
    falsePositives.push(p);
  }
  const falseNegatives = gold.filter((g, i) => !g.optional && !used.has(i));
  for (const g of falseNegatives) counts[g.type].fn++;
  return { counts, pairs, falsePositives, falseNegatives };
}

function sameUnit(a: string | null | undefined, b: string): boolean {
  return (a ?? '') === b;
}

export function scoreDocument(gold: readonly GoldMention[], predicted: readonly Mention[]): DocScore {
  const strict = matchAll(gold, predicted, exact);
  const lenient = matchAll(gold, predicted, overlap);
  const attributes: AttributeCounts = { matched: 0, value: 0, unit: 0, kind: 0, all: 0, subject: 0 };
  const wrongAttributes: DocScore['wrongAttributes'] = [];
  const wrongSubjects: DocScore['wrongSubjects'] = [];
  for (const [g, p] of strict.pairs) {
    if (p.type !== 'STAT' || g.type !== 'STAT') continue;
    attributes.matched++;
    const value = g.value !== undefined && Math.abs(g.value - p.value) < 1e-6;
    const unit = sameUnit(g.unit, p.unit);
    const kind = g.kind === p.kind;
    attributes.value += Number(value);
    attributes.unit += Number(unit);
    attributes.kind += Number(kind);
    attributes.all += Number(value && unit && kind);
    if (!(value && unit && kind)) wrongAttributes.push({ gold: g, predicted: p });
    const subject = (g.subject ?? null) === (p.subject ?? null);
    attributes.subject += Number(subject);
    if (!subject) wrongSubjects.push({ gold: g, predicted: p });
  }
  return {
    strict: strict.counts,
    lenient: lenient.counts,
    attributes,
    falseNegatives: strict.falseNegatives,
    falsePositives: strict.falsePositives,
    wrongAttributes,
    wrongSubjects,
  };
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export interface CorpusScore {
  strict: Record<MentionType, Prf>;
  lenient: Record<MentionType, Prf>;
  attributes: AttributeCounts & { accuracy: number };
}

export function scoreCorpus(docs: readonly DocScore[]): CorpusScore {
  const sum = (pick: (d: DocScore) => Record<MentionType, Counts>, t: MentionType): Prf =>
    prf(docs.map((d) => pick(d)[t]).reduce(addCounts, { tp: 0, fp: 0, fn: 0 }));
  const attrs = docs.reduce<AttributeCounts>(
    (a, d) => ({
      matched: a.matched + d.attributes.matched,
      value: a.value + d.attributes.value,
      unit: a.unit + d.attributes.unit,
      kind: a.kind + d.attributes.kind,
      all: a.all + d.attributes.all,
      subject: a.subject + d.attributes.subject,
    }),
    { matched: 0, value: 0, unit: 0, kind: 0, all: 0, subject: 0 },
  );
  return {
    strict: { STAT: sum((d) => d.strict, 'STAT'), ORG: sum((d) => d.strict, 'ORG') },
    lenient: { STAT: sum((d) => d.lenient, 'STAT'), ORG: sum((d) => d.lenient, 'ORG') },
    attributes: { ...attrs, accuracy: attrs.matched === 0 ? 1 : attrs.all / attrs.matched },
  };
}

/** Parses a gold JSONL file (one mention per line). */
export function parseGold(jsonl: string): GoldMention[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldMention);
}
