// How far opencc-js advances over text no dictionary key matches: one code point, or a whole
// Ideographic Description Sequence (⿰氵工). Port of getUnmatchedLength in opencc-js core.js, with an
// explicit `end` so a segment of a longer string behaves exactly like the sliced segment would.
//
// opencc-js's recursion is exponential on runs of IDS operators (60 × ⿰ hangs it) and as deep as
// the run; page text is untrusted, so IDS ends are memoized per (text, end) and filled from the
// back, keeping the same results in linear time and constant stack depth.

function codePointLength(s: string, i: number): number {
  return (s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
}

function idsArity(code: number): number {
  if (code >= 0x2ff0 && code <= 0x2ff1) return 2;
  if (code >= 0x2ff2 && code <= 0x2ff3) return 3;
  if (code >= 0x2ff4 && code <= 0x2fff) return 2;
  return 0;
}

/** IDS ends already computed for one (text, end): position → end (0 = not a complete IDS). */
interface IdsMemo {
  s: string;
  end: number;
  ends: Map<number, number>;
  /** Every operator at or after this position is in `ends`. */
  filledFrom: number;
}

// The only module state: a memo for the text being converted, replaced when the text changes.
// It caches a pure function, so it can never change a result.
let memo: IdsMemo | null = null;

function memoFor(s: string, end: number): IdsMemo {
  if (!memo || memo.end !== end || memo.s !== s) memo = { s, end, ends: new Map(), filledFrom: end };
  return memo;
}

/** End of the IDS starting at `i`, or 0 when there is none (or it is cut off by `end`). */
function idsEnd(s: string, i: number, end: number, ends: Map<number, number>): number {
  const arity = idsArity(s.charCodeAt(i));
  if (arity === 0) return 0;
  const known = ends.get(i);
  if (known !== undefined) return known;
  let at = i + 1;
  for (let n = 0; n < arity; n += 1) {
    if (at >= end) {
      ends.set(i, 0);
      return 0;
    }
    const child = idsEnd(s, at, end, ends);
    at = child || at + codePointLength(s, at);
  }
  ends.set(i, at);
  return at;
}

/** IDS end at `i`, computing every operator after `i` first (back to front) so recursion stays shallow. */
function memoizedIdsEnd(s: string, i: number, end: number): number {
  const m = memoFor(s, end);
  for (let j = m.filledFrom - 1; j > i; j -= 1) idsEnd(s, j, end, m.ends);
  m.filledFrom = Math.min(m.filledFrom, i + 1);
  return idsEnd(s, i, end, m.ends);
}

/** Length in UTF-16 units of the unmatched unit at `i` in `s[..end)`. */
export function unmatchedLength(s: string, i: number, end: number): number {
  const code = s.charCodeAt(i);
  // Fast path: neither an IDS operator nor a high surrogate.
  if (code < 0x2ff0 || (code > 0x2fff && (code < 0xd800 || code > 0xdbff))) return 1;
  const ids = idsArity(code) === 0 ? 0 : memoizedIdsEnd(s, i, end);
  return ids > i ? ids - i : codePointLength(s, i);
}
