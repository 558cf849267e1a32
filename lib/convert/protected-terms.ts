// Protected spans: phrase localisation (s2twp's 互联网 → 網際網路, tw2sp's reverse) must never rewrite
// titles of laws and documents, user-supplied terms, or names a caller finds (organizations).
// Inside those spans only characters are converted: the plain config (s2tw, tw2s) is used there.
import { appendPieces, joinPieces } from './pieces';
import type { Converter, Piece } from './types';

export interface Span {
  start: number;
  end: number;
}

export interface ProtectionOptions {
  /** Literal terms (as written in the source text) whose every occurrence is protected. */
  protectedTerms?: readonly string[];
  /** Extra spans, e.g. organization names from the extractor. Offsets are UTF-16 into `text`. */
  findProtected?: (text: string) => readonly Span[];
}

/**
 * Titles of laws, standards and documents: 《…》 and 〈…〉 (single-line, brackets included).
 * 「…」 is not protected: it marks quotations and emphasis, whose wording should be localised.
 */
const TITLE = /《[^《》\n]{1,80}》|〈[^〈〉\n]{1,80}〉/g;

export function findTitleSpans(text: string): Span[] {
  return [...text.matchAll(TITLE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

export function findTermSpans(text: string, terms: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const term of terms) {
    if (term === '') continue;
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) {
      spans.push({ start: at, end: at + term.length });
    }
  }
  return spans;
}

const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Clamp to the text and widen so no span boundary splits a surrogate pair. */
function clampSpan(text: string, { start, end }: Span): Span {
  let s = Math.max(0, Math.min(text.length, Math.floor(start)));
  let e = Math.max(s, Math.min(text.length, Math.floor(end)));
  if (s > 0 && isLow(text.charCodeAt(s))) s -= 1;
  if (e < text.length && isLow(text.charCodeAt(e))) e += 1;
  return { start: s, end: e };
}

/** Sorted, non-empty, non-overlapping spans (overlapping or touching spans are merged). */
export function mergeSpans(text: string, spans: readonly Span[]): Span[] {
  const sorted = spans
    .map((span) => clampSpan(text, span))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Every protected span of `text`: titles, terms and the caller's spans, merged. */
export function findProtectedSpans(text: string, opts: ProtectionOptions = {}): Span[] {
  return mergeSpans(text, [
    ...findTitleSpans(text),
    ...findTermSpans(text, opts.protectedTerms ?? []),
    ...(opts.findProtected?.(text) ?? []),
  ]);
}

function piecesOf(converter: Converter | null, text: string): Piece[] {
  if (text === '') return [];
  return converter ? converter.convertPieces(text) : [[text.length, text]];
}

/**
 * Convert `text` with `phrase` outside the spans and with `plain` inside them (null: leave the
 * span as it is, e.g. tw → twp where only the phrase step would change anything).
 */
export function convertPiecesProtected(
  text: string,
  phrase: Converter,
  plain: Converter | null,
  spans: readonly Span[],
): Piece[] {
  if (spans.length === 0) return phrase.convertPieces(text);
  const pieces: Piece[] = [];
  let at = 0;
  for (const { start, end } of spans) {
    appendPieces(pieces, piecesOf(phrase, text.slice(at, start)));
    appendPieces(pieces, piecesOf(plain, text.slice(start, end)));
    at = end;
  }
  appendPieces(pieces, piecesOf(phrase, text.slice(at)));
  return pieces;
}

export function convertProtected(text: string, phrase: Converter, plain: Converter | null, spans: readonly Span[]): string {
  return spans.length === 0 ? phrase.convert(text) : joinPieces(convertPiecesProtected(text, phrase, plain, spans));
}
