// Offset bookkeeping for convertPieces: pieces are `[sourceLength, converted]`, consecutive and
// covering the source. Pure helpers over arrays; no conversion logic here.
import type { Piece } from './types';

/**
 * Chain two stages: `first` maps source → middle text, `second` covers the middle text (the join
 * of `first`'s outputs). The result maps source → final text, cut only where both stages have a
 * boundary, so no piece ever splits a replacement of either stage.
 */
export function composePieces(first: readonly Piece[], second: readonly Piece[]): Piece[] {
  const result: Piece[] = [];
  let firstIndex = 0;
  let firstEnd = 0;
  let secondEnd = 0;
  let source = 0;
  let out = '';
  for (const [length, converted] of second) {
    secondEnd += length;
    out += converted;
    while (firstIndex < first.length) {
      const piece = first[firstIndex];
      if (!piece || firstEnd + piece[1].length > secondEnd) break;
      firstEnd += piece[1].length;
      source += piece[0];
      firstIndex += 1;
    }
    if (firstEnd === secondEnd) {
      result.push([source, out]);
      source = 0;
      out = '';
    }
  }
  for (; firstIndex < first.length; firstIndex += 1) source += first[firstIndex]?.[0] ?? 0;
  if (source > 0 || out !== '') result.push([source, out]);
  return result;
}

/** Merge neighbouring pieces that leave their source unchanged into one piece. */
export function mergeIdentityPieces(source: string, pieces: readonly Piece[]): Piece[] {
  const result: Piece[] = [];
  let offset = 0;
  let runStart = -1;
  const flushRun = (): void => {
    if (runStart >= 0) result.push([offset - runStart, source.slice(runStart, offset)]);
    runStart = -1;
  };
  for (const piece of pieces) {
    const [length, converted] = piece;
    const identity = converted.length === length && source.startsWith(converted, offset);
    if (identity) {
      if (runStart < 0) runStart = offset;
    } else {
      flushRun();
      result.push(piece);
    }
    offset += length;
  }
  flushRun();
  return result;
}

/** Append `pieces` to `into` (a loop: spreading a long text's pieces would overflow the stack). */
export function appendPieces(into: Piece[], pieces: readonly Piece[]): void {
  for (const piece of pieces) into.push(piece);
}

export function joinPieces(pieces: readonly Piece[]): string {
  let out = '';
  for (const piece of pieces) out += piece[1];
  return out;
}
