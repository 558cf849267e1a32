import type { Source, Target } from '@/lib/convert/types';
import type { Evidence, PageKind, PageMetadata } from '@/lib/detect/types';
import type { Mention } from '@/lib/extract/types';
import { parseChunk } from './mention-chunks';
import type { PassStats } from '@/lib/dom/rewriter';
import type { PageVerdict } from './protocol';

export type PageScript = 'simplified' | 'traditional' | 'mixed' | 'none';

/** What the page currently shows. `target: null` is the page's own script. */
export interface ConversionState {
  target: Target | null;
  /** The script the page was written in, as used for conversion. */
  source: Source | null;
  /** Pinyin-annotation artifacts found in the page, and whether they are hidden now. */
  pinyinArtifacts: number;
  artifactsHidden: boolean;
  /** Places showing changed text. */
  written: number;
  /** Why the page converted by itself, when it did. */
  auto: string | null;
  /** Where the time of the last whole-page pass went. */
  lastPass: PassStats | null;
}

/** A mention as the page shows it now, with where it sits in the article text. */
export type ReportMention = Mention & {
  /** Index in the report's list: the id used to reveal and highlight it. */
  id: number;
  /** The mention as written on the page now (converted script when converted). */
  shown: string;
  /** The sentence it comes from, as the page shows it now (statistics only). */
  sentenceText?: string;
  /** What a statistic counts, as the page shows it now (its subject, converted when the page is). */
  subjectShown?: string | null;
};

/** Everything the panel and the automation API know about one page (its top frame). */
export interface PageReport {
  url: string;
  hasChinese: boolean;
  detection: {
    kind: PageKind;
    confidence: number;
    script: PageScript;
    evidence: Evidence[];
    isArticle: boolean;
  } | null;
  metadata: PageMetadata | null;
  article: { selector: string | null; textLength: number; paragraphs: number } | null;
  mentions: ReportMention[];
  /**
   * The mentions are those of the article as it stands. False on a Chinese page nobody has asked
   * for a summary yet (pages extract on request: see PageSession.fullReport).
   */
  extracted: boolean;
  /**
   * On the way from a page only: the mentions as JSON chunks (mention-chunks.ts), `mentions` then
   * empty. `unpackReport` restores the list; no stored or broadcast report carries it.
   */
  mentionChunks?: string[];
  /**
   * On the way from a page only, when the mentions are many: the chunks after the first are not
   * in this message; they follow as `reportChunk` messages of this stream, one per slice of the
   * page's time (one message of several megabytes is one long task to serialize).
   */
  stream?: { id: string; more: number };
  conversion: ConversionState;
  highlights: boolean;
  /** Main-thread time the content script spent on this page before anything was asked of it. */
  costMs: number;
  /** The part of it detection took: the Chinese-text test and the snapshot of the page (the page's side of detection). */
  detectMs: number;
  /** Monotonic per page: the panel ignores reports older than what it shows. */
  revision: number;
  /** Identifies one page load (a reload of the same URL starts a new one). */
  session: string;
}

/** A report from a page with its mentions as a list again (see `mentionChunks`). */
export function unpackReport(report: PageReport): PageReport {
  if (report.mentionChunks === undefined) return report;
  const { mentionChunks, stream: _stream, ...rest } = report;
  const mentions: ReportMention[] = [];
  try {
    for (const chunk of mentionChunks) mentions.push(...parseChunk<ReportMention>(chunk));
  } catch {
    // A page's script cannot reach this channel; a malformed text only means no mentions.
  }
  return { ...rest, mentions };
}

/** A report's chunks beyond the first, sent one message each (see `PageReport.stream`). */
export interface ReportChunk {
  stream: string;
  /** 1 for the first chunk after the report's own, and so on. */
  index: number;
  chunk: string;
}

/**
 * Splits a report whose mentions are many into the message that carries the report (with the
 * first chunk) and the chunks that follow it.
 */
export function splitReport(report: PageReport, streamId: string): { head: PageReport; rest: ReportChunk[] } {
  const chunks = report.mentionChunks;
  if (!chunks || chunks.length <= 1) return { head: report, rest: [] };
  const head: PageReport = { ...report, mentionChunks: chunks.slice(0, 1), stream: { id: streamId, more: chunks.length - 1 } };
  const rest = chunks.slice(1).map((chunk, i): ReportChunk => ({ stream: streamId, index: i + 1, chunk }));
  return { head, rest };
}

/** What a report says of a page from its classification (the background's verdict). */
export function describeVerdict(verdict: PageVerdict): Pick<PageReport, 'detection' | 'metadata' | 'article'> {
  return {
    detection: {
      kind: verdict.kind,
      confidence: verdict.confidence,
      script: verdict.script,
      evidence: verdict.evidence,
      isArticle: verdict.isArticle,
    },
    metadata: verdict.metadata,
    article: verdict.article,
  };
}

/**
 * The report of a page that has no session (nothing converted, nothing extracted yet): the
 * loader's for a frame without Chinese text (no verdict), or the background's from the verdict
 * on the markup the loader sent, kept for the panel and the toolbar badge until the page itself
 * has more to say.
 */
export function sessionlessReport(url: string, verdict: PageVerdict | null, session: string, costMs: number, detectMs: number): PageReport {
  const hasChinese = verdict?.hasChinese ?? false;
  return {
    url,
    hasChinese,
    ...(verdict ? describeVerdict(verdict) : { detection: null, metadata: null, article: null }),
    mentions: [],
    // Nothing to extract on a page without Chinese text.
    extracted: !hasChinese,
    conversion: { target: null, source: null, pinyinArtifacts: verdict?.pinyinArtifacts ?? 0, artifactsHidden: false, written: 0, auto: null, lastPass: null },
    highlights: false,
    costMs: Math.round(costMs * 100) / 100,
    detectMs: Math.round(detectMs * 100) / 100,
    revision: 0,
    session,
  };
}
