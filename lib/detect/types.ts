// Types shared by the page detector (lib/detect). Pure data: no DOM, no browser APIs.
import type { BylineResult } from './byline';

export type PageKind = 'government' | 'press' | 'other';

export type EvidenceKind = PageKind | 'article' | 'script';

/** One reason behind the decision. `weight` is added to the score of `kind` (see classify.ts). */
export interface Evidence {
  id: string;
  kind: EvidenceKind;
  weight: number;
  detail: string;
}

export type PageScript = 'simplified' | 'traditional' | 'mixed' | 'none';

/** Citation metadata. Absent fields are null; `authors` is empty when none is found. */
export interface PageMetadata {
  title: string | null;
  site: string | null;
  source: string | null;
  /** ISO 8601 with offset when the time is known (+08:00 for Chinese-language pages), else as written, normalized. */
  published: string | null;
  authors: string[];
  editor: string | null;
  section: string | null;
  url: string | null;
  /** 政府网站标识码, only when valid. */
  siteCode: string | null;
}

export interface PageDetection {
  kind: PageKind;
  confidence: number;
  script: PageScript;
  evidence: Evidence[];
  isArticle: boolean;
  hasChinese: boolean;
  metadata: PageMetadata;
}

export interface ArticleRegion {
  element: Element | null;
  selector: string | null;
  /** Characters of text in the region, whitespace excluded. */
  textLength: number;
  /** Text blocks (paragraphs or <br>-separated lines) with at least a few Han characters. */
  paragraphs: number;
}

export interface ArticleSummary {
  selector: string | null;
  textLength: number;
  paragraphs: number;
}

/** Everything a signal may look at, computed once per page by createSignalContext from a snapshot. */
export interface SignalContext {
  url: URL | null;
  /** Lower-cased host without port ('' when the URL is not http(s)). */
  host: string;
  /** For Hong Kong's simplified-script gateway (sc.isd.gov.hk/TuniS/<host>/…), the original host. */
  gatewayHost: string | null;
  /** Lower-cased meta name/property → first non-empty content. */
  metas: ReadonlyMap<string, string>;
  title: string;
  /** Body text, whitespace collapsed, bounded in length. */
  bodyText: string;
  /** Text of footer-like elements, or the tail of the body text. */
  footerText: string;
  /** Raw href values of links, bounded in number. */
  links: readonly string[];
  scriptSrcs: readonly string[];
  /** The article region found in the page (`found` false: none). */
  region: ArticleSummary & { found: boolean };
  /** isArticleRegion(region), computed in the page. */
  regionIsArticle: boolean;
  /** Text blocks of the article region, in order. */
  regionBlocks: readonly string[];
  /** Short text blocks next to the title and around the region (meta line, credits). */
  creditBlocks: readonly string[];
  /** <link rel=canonical> href. */
  canonical: string | null;
  /** Text of the first <h1> ('' when none). */
  h1: string;
  /** Link texts of the first breadcrumb-like element. */
  crumbLinks: readonly string[];
  /** Links to conac.cn with the words around them (see snapshot.ts). */
  conacLinks: readonly { href: string; label: string }[];
  /** Text of the page's JSON-LD blocks. */
  jsonLd: readonly string[];
  /** The marker selectors that match an element of the page. */
  selectorHits: ReadonlySet<string>;
  /** Bylines found in the credit blocks and at both ends of the region. */
  bylines: BylineResult;
}

/** A small page a signal's examples run on (tests/unit/detect/signals.test.ts). */
export interface SignalExample {
  url: string;
  head?: string;
  body?: string;
}

/**
 * One detection signal: one file under lib/detect/signals, its id the file name. `examples.match` pages must
 * give evidence with a positive weight (for icp-record, which never counts: any evidence), `noMatch` pages none.
 */
export interface Signal {
  id: string;
  kind: EvidenceKind;
  examples: { match: SignalExample[]; noMatch: SignalExample[] };
  detect(ctx: SignalContext): Evidence | null;
}

export interface ClassifyResult {
  kind: PageKind;
  confidence: number;
  scores: Record<PageKind, number>;
}
