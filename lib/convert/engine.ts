// Runtime conversion engine: loads a CompiledConfig and converts exactly like opencc-js's
// Converter for the same config (normalize → segment → convert each segment group by group).
import { appendPieces, composePieces, joinPieces, mergeIdentityPieces } from './pieces';
import { RuntimeGroup } from './runtime-group';
import type { CompiledConfig, Converter, Piece } from './types';
import { beginScan, unmatchedLength } from './unmatched-length';

/** Finds segment ends: longest key of a key group, or longest phrase of a conversion group. */
interface Segmenter {
  group: RuntimeGroup;
  multiOnly: boolean;
}

/** Trie.convert on `s[start..end)`. */
function convertRange(group: RuntimeGroup, s: string, start: number, end: number): string {
  const scan = beginScan();
  let out = '';
  let runStart = start;
  let i = start;
  while (i < end) {
    const matched = group.match(s, i, end);
    if (matched < 0) {
      i += unmatchedLength(s, i, end, scan);
      continue;
    }
    if (runStart < i) out += s.slice(runStart, i);
    out += group.value;
    i = matched;
    runStart = i;
  }
  return runStart === start ? s.slice(start, end) : out + s.slice(runStart, end);
}

/** Trie.convert on `s[start..end)`, one piece per replacement and per unmatched unit. */
function tokenizeRange(group: RuntimeGroup, s: string, start: number, end: number, into: Piece[]): void {
  const scan = beginScan();
  let i = start;
  while (i < end) {
    const matched = group.match(s, i, end);
    if (matched < 0) {
      const length = unmatchedLength(s, i, end, scan);
      into.push([length, s.slice(i, i + length)]);
      i += length;
    } else {
      into.push([matched - i, group.value]);
      i = matched;
    }
  }
}

/** Trie.segment: call `onSegment(start, end)` for each segment of `s`, in order. */
function forEachSegment(segmenter: Segmenter, s: string, onSegment: (start: number, end: number) => void): void {
  const scan = beginScan();
  const n = s.length;
  let runStart = -1;
  for (let i = 0; i < n; ) {
    const matched = segmenter.group.match(s, i, n, segmenter.multiOnly);
    if (matched < 0) {
      if (runStart < 0) runStart = i;
      i += unmatchedLength(s, i, n, scan);
      continue;
    }
    if (runStart >= 0) onSegment(runStart, i);
    runStart = -1;
    onSegment(i, matched);
    i = matched;
  }
  if (runStart >= 0) onSegment(runStart, n);
}

/**
 * Segmentation by the first conversion group's phrases fused with that group's conversion (the
 * s2tw/s2twp/s2hk shape): one longest match per position serves both. A phrase match is a
 * segment whose first-group output is the match's value; between phrases, a run converts by
 * single characters only (no phrase starts there, or segmentation would have cut). `finish`
 * applies the remaining groups to each segment's first-group output.
 */
function convertFused(first: RuntimeGroup, s: string, finish: (segment: string) => string): string {
  const scan = beginScan();
  const n = s.length;
  let out = '';
  let run = '';
  let inRun = false;
  let copyFrom = 0;
  let i = 0;
  while (i < n) {
    const matched = first.match(s, i, n);
    if (matched >= 0 && first.phrase) {
      if (inRun) out += finish(run + s.slice(copyFrom, i));
      out += finish(first.value);
      run = '';
      inRun = false;
      i = matched;
      copyFrom = i;
      continue;
    }
    inRun = true;
    if (matched >= 0) {
      run += s.slice(copyFrom, i) + first.value;
      i = matched;
      copyFrom = i;
    } else {
      i += unmatchedLength(s, i, n, scan);
    }
  }
  return inRun ? out + finish(run + s.slice(copyFrom, n)) : out;
}

/**
 * Fusing is exact when segmentation is the first group's phrases and no IDS operator is a key of
 * that group: then segmentation and the group advance over unmatched text in the same steps.
 */
function canFuse(segmenter: Segmenter | null, first: RuntimeGroup | undefined): boolean {
  if (!segmenter?.multiOnly || segmenter.group !== first) return false;
  for (let cp = 0x2ff0; cp <= 0x2fff; cp += 1) if (first.hasStart(cp)) return false;
  return true;
}

function createSegmenter(compiled: CompiledConfig, conversion: readonly RuntimeGroup[]): Segmenter | null {
  const { segmentation } = compiled;
  if (!segmentation) return null;
  if ('keys' in segmentation) return { group: new RuntimeGroup(segmentation.keys), multiOnly: false };
  const group = conversion[segmentation.group];
  if (!group) throw new Error(`${compiled.name}: segmentation refers to missing group ${segmentation.group}`);
  return { group, multiOnly: true };
}

export function createConverter(compiled: CompiledConfig): Converter {
  if (compiled.format !== 4) throw new Error(`Unsupported dictionary format: ${String(compiled.format)}`);
  const normalization = compiled.normalization.map((g) => new RuntimeGroup(g));
  const conversion = compiled.conversion.map((g) => new RuntimeGroup(g));
  const segmenter = createSegmenter(compiled, conversion);

  const normalize = (text: string): string =>
    normalization.reduce((s, group) => convertRange(group, s, 0, s.length), text);

  const fusedFirst = canFuse(segmenter, conversion[0]) ? (conversion[0] ?? null) : null;
  const [first, ...rest] = conversion;
  /** The groups after the first, on one segment's first-group output. */
  const finishSegment = (segment: string): string =>
    rest.reduce((out, group) => convertRange(group, out, 0, out.length), segment);
  const convertSegment = (s: string, start: number, end: number): string =>
    first ? finishSegment(convertRange(first, s, start, end)) : s.slice(start, end);

  function convert(text: string): string {
    const s = normalize(text);
    if (!segmenter) return convertSegment(s, 0, s.length);
    if (fusedFirst) return convertFused(fusedFirst, s, finishSegment);
    let out = '';
    forEachSegment(segmenter, s, (start, end) => {
      out += convertSegment(s, start, end);
    });
    return out;
  }

  const tokensOf = (group: RuntimeGroup, s: string, start: number, end: number): Piece[] => {
    const tokens: Piece[] = [];
    tokenizeRange(group, s, start, end, tokens);
    return tokens;
  };

  /** Apply `group` on top of `pieces`; pieces it leaves unchanged are kept as they are (finer). */
  const applyToPieces = (group: RuntimeGroup, pieces: Piece[]): Piece[] => {
    const middle = joinPieces(pieces);
    if (convertRange(group, middle, 0, middle.length) === middle) return pieces;
    return composePieces(pieces, tokensOf(group, middle, 0, middle.length));
  };

  const segmentPieces = (s: string, start: number, end: number, into: Piece[]): void => {
    if (!first) {
      if (end > start) into.push([end - start, s.slice(start, end)]);
      return;
    }
    appendPieces(into, rest.reduce((pieces, group) => applyToPieces(group, pieces), tokensOf(first, s, start, end)));
  };

  /** convertFused, keeping one piece per phrase and per character of the runs between phrases. */
  const fusedPieces = (first: RuntimeGroup, s: string, into: Piece[]): void => {
    const scan = beginScan();
    const n = s.length;
    let run: Piece[] = [];
    const flushRun = (): void => {
      if (run.length > 0) appendPieces(into, rest.reduce((pieces, group) => applyToPieces(group, pieces), run));
      run = [];
    };
    for (let i = 0; i < n; ) {
      const matched = first.match(s, i, n);
      if (matched >= 0 && first.phrase) {
        flushRun();
        into.push([matched - i, finishSegment(first.value)]);
        i = matched;
      } else if (matched >= 0) {
        run.push([matched - i, first.value]);
        i = matched;
      } else {
        const length = unmatchedLength(s, i, n, scan);
        run.push([length, s.slice(i, i + length)]);
        i += length;
      }
    }
    flushRun();
  };

  /** Pieces of the normalization step, or null when it changes nothing. */
  const normalizationPieces = (text: string): Piece[] | null => {
    if (normalize(text) === text) return null;
    let pieces: Piece[] | null = null;
    let s = text;
    for (const group of normalization) {
      const tokens = tokensOf(group, s, 0, s.length);
      pieces = pieces ? composePieces(pieces, tokens) : tokens;
      s = joinPieces(tokens);
    }
    return pieces;
  };

  function convertPieces(text: string): Piece[] {
    const normalized = normalizationPieces(text);
    const s = normalized ? joinPieces(normalized) : text;
    const converted: Piece[] = [];
    if (fusedFirst) fusedPieces(fusedFirst, s, converted);
    else if (segmenter) forEachSegment(segmenter, s, (start, end) => segmentPieces(s, start, end, converted));
    else segmentPieces(s, 0, s.length, converted);
    return mergeIdentityPieces(text, normalized ? composePieces(normalized, converted) : converted);
  }

  return { name: compiled.name, convert, convertPieces };
}
