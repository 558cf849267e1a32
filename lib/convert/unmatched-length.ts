// How far opencc-js advances over text no dictionary key matches: one code point, or a whole
// Ideographic Description Sequence (⿰氵工). Port of getUnmatchedLength in opencc-js core.js, with an
// explicit `end` so a segment of a longer string behaves exactly like the sliced segment would.

function codePointLength(s: string, i: number): number {
  return (s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
}

function idsArity(cp: number): number {
  if (cp >= 0x2ff0 && cp <= 0x2ff1) return 2;
  if (cp >= 0x2ff2 && cp <= 0x2ff3) return 3;
  if (cp >= 0x2ff4 && cp <= 0x2fff) return 2;
  return 0;
}

/** End of the IDS starting at `i`, or 0 when there is none (or it is cut off by `end`). */
function idsEnd(s: string, i: number, end: number): number {
  const arity = idsArity(s.charCodeAt(i));
  if (arity === 0) return 0;
  let at = i + 1;
  for (let n = 0; n < arity; n += 1) {
    if (at >= end) return 0;
    const child = idsEnd(s, at, end);
    at = child || at + codePointLength(s, at);
  }
  return at;
}

/** Length in UTF-16 units of the unmatched unit at `i` in `s[..end)`. */
export function unmatchedLength(s: string, i: number, end: number): number {
  const code = s.charCodeAt(i);
  // Fast path: neither an IDS operator nor a high surrogate.
  if (code < 0x2ff0 || (code > 0x2fff && (code < 0xd800 || code > 0xdbff))) return 1;
  const ids = idsEnd(s, i, end);
  return ids > i ? ids - i : codePointLength(s, i);
}
