// Public types of the extractor. Offsets are UTF-16 indices into the ORIGINAL text; `end` is exclusive.

export type StatKind = 'count' | 'percent' | 'money' | 'duration' | 'measure';

export type OrgType =
  | 'police'
  | 'party'
  | 'government'
  | 'court'
  | 'company'
  | 'school'
  | 'media'
  | 'association'
  | 'other';

export interface Span {
  start: number;
  end: number;
}

export interface StatMention {
  type: 'STAT';
  start: number;
  end: number;
  text: string;
  /** Value in base units: 1.8亿余条 → 180000000, 百分之四點六 → 4.6. Ranges keep their lower bound. */
  value: number;
  /** Measure word or unit as written in the text (家, 起, %, 万元, 人次); '' when the number stands alone (1000多万). */
  unit: string;
  kind: StatKind;
  /** Approximation words touching the number (余, 多, 以上, 近, 超, 不足 …), joined with '+', or null. */
  approx: string | null;
  /** The counted noun as written nearby (136家企业 → 企业), or null. */
  subject: string | null;
  /** Where the subject is in the original text (for showing it in the page's current script), or null. */
  subjectSpan?: Span | null;
  sentence: Span;
  rule: string;
}

export interface OrgMention {
  type: 'ORG';
  start: number;
  end: number;
  text: string;
  orgType: OrgType;
  /** Canonical id shared by all mentions of one organization; script-independent (folded to Simplified). */
  key: string;
  /** Full name as written in the article or in the gazetteer. */
  canonical: string;
  english: string | null;
  /** Canonical name of the parent organization when known (网安支队 under 宁波市公安局). */
  parent: string | null;
  /** Index (in the returned array) of the full-name mention this back-reference or abbreviation links to. */
  refersTo: number | null;
  rule: string;
}

export type Mention = StatMention | OrgMention;

export interface ExtractOptions {
  /** Only mentions lying entirely inside one of these spans are returned (e.g. the article body). */
  region?: Span[];
}

/** A typed, self-documenting rule. `examples.match` must fire the rule, `examples.noMatch` must not. */
export interface Rule {
  id: string;
  label: string;
  pattern?: RegExp;
  examples: { match: string[]; noMatch: string[] };
}

/** A candidate dropped by an exclusion rule; kept for tracing (`explain`). */
export interface Rejection {
  start: number;
  end: number;
  rule: string;
}
