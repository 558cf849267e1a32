// How far opencc-js advances over text no dictionary key matches: one code point, or a whole
// Ideographic Description Sequence (⿰氵工). Port of getUnmatchedLength in opencc-js core.js, with an
// explicit `end` so a segment of a longer string behaves exactly like the sliced segment would.
//
// opencc-js's recursion is exponential on runs of IDS operators (60 × ⿰ hangs it) and as deep as
// the run; page text is untrusted, so IDS ends are memoized per scan and computed with an explicit
// stack: the same results in linear time and constant stack depth. (Module state: the one memo.)

function codePointLength(s: string, i: number): number {
  return (s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
}

function idsArity(code: number): number {
  if (code >= 0x2ff0 && code <= 0x2ff1) return 2;
  if (code >= 0x2ff2 && code <= 0x2ff3) return 3;
  if (code >= 0x2ff4 && code <= 0x2fff) return 2;
  return 0;
}

/**
 * IDS ends already computed during one scan (one loop over one text): position → end, 0 = not a
 * complete IDS. A scan is a number from beginScan(); a nested scan (a segment converted in the
 * middle of the outer loop) replaces the memo, and the outer scan then starts a new one: the memo
 * is only a cache, so this costs recomputation, never a different result.
 */
let memo: { scan: number; ends: Map<number, number> } | null = null;
let scans = 0;

/** A fresh scan id for one loop over one text (same string, same end). */
export function beginScan(): number {
  scans += 1;
  return scans;
}

function endsFor(scan: number): Map<number, number> {
  if (!memo || memo.scan !== scan) memo = { scan, ends: new Map() };
  return memo.ends;
}

/** One pending IDS: where it starts, how many components it needs, how far it has got. */
interface Frame {
  start: number;
  arity: number;
  done: number;
  at: number;
}

/**
 * End of the IDS starting at `i` (an IDS operator), or 0 when it is cut off by `end`. Same as
 * opencc-js's recursive getIdeographicDescriptionSequenceEnd: a component is a nested IDS when one
 * starts there, otherwise one code point.
 */
function idsEnd(s: string, i: number, end: number, ends: Map<number, number>): number {
  const known = ends.get(i);
  if (known !== undefined) return known;
  const stack: Frame[] = [{ start: i, arity: idsArity(s.charCodeAt(i)), done: 0, at: i + 1 }];
  let result = 0;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    if (frame.done === frame.arity || frame.at >= end) {
      result = frame.done === frame.arity ? frame.at : 0;
      ends.set(frame.start, result);
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) completeComponent(s, parent, result);
      continue;
    }
    const arity = idsArity(s.charCodeAt(frame.at));
    const nested = arity === 0 ? 0 : ends.get(frame.at);
    if (nested === undefined) stack.push({ start: frame.at, arity, done: 0, at: frame.at + 1 });
    else completeComponent(s, frame, nested);
  }
  return result;
}

/** A component ended: at a nested IDS's end, or after one code point when there was none. */
function completeComponent(s: string, frame: Frame, nestedEnd: number): void {
  frame.at = nestedEnd || frame.at + codePointLength(s, frame.at);
  frame.done += 1;
}

/** End of a flat IDS (no component is itself an IDS operator), 0 if cut off, -1 if nested. */
function flatIdsEnd(s: string, i: number, end: number, arity: number): number {
  let at = i + 1;
  for (let n = 0; n < arity; n += 1) {
    if (at >= end) return 0;
    if (idsArity(s.charCodeAt(at)) !== 0) return -1;
    at += codePointLength(s, at);
  }
  return at;
}

/** Length in UTF-16 units of the unmatched unit at `i` in `s[..end)`, during scan `scan`. */
export function unmatchedLength(s: string, i: number, end: number, scan: number): number {
  const code = s.charCodeAt(i);
  // Fast path: neither an IDS operator nor a high surrogate.
  if (code < 0x2ff0 || (code > 0x2fff && (code < 0xd800 || code > 0xdbff))) return 1;
  const arity = idsArity(code);
  const flat = arity === 0 ? 0 : flatIdsEnd(s, i, end, arity);
  const ids = flat >= 0 ? flat : idsEnd(s, i, end, endsFor(scan));
  return ids > i ? ids - i : codePointLength(s, i);
}
