// Decoding saved pages the way a browser does: BOM first, then a <meta charset> / http-equiv
// Content-Type declaration in the first 1024 bytes, else UTF-8 (GB18030 when the bytes are not UTF-8).
// Unlike a browser, a declaration the bytes plainly contradict is not obeyed (saved pages are often
// re-encoded by the tool that saved them): see decodeHtmlExplained.

export interface DecodedHtml {
  text: string;
  /** Canonical name: "utf-8", "utf-16le", "utf-16be", "gb18030", "big5" or the decoder's own name. */
  charset: string;
}

const PRESCAN_BYTES = 1024;

/** WHATWG label → the decoder we use. GB2312 and GBK are decoded as their superset GB18030. */
function canonical(label: string): string | null {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'gb_2312-80', 'chinese', 'csgb2312', 'euc-cn', 'windows-936'].includes(l)) {
    return 'gb18030';
  }
  if (['big5', 'big5-hkscs', 'cn-big5', 'x-x-big5', 'csbig5'].includes(l)) return 'big5';
  if (l === 'utf8' || l === 'utf-8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
}

function bom(bytes: Uint8Array): { charset: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', skip: 2 };
  return null;
}

/** The charset declared in the first 1024 bytes (<meta charset>, or http-equiv Content-Type content). */
export function prescanCharset(bytes: Uint8Array): string | null {
  let head = '';
  const n = Math.min(bytes.length, PRESCAN_BYTES);
  for (let i = 0; i < n; i++) head += String.fromCharCode(bytes[i] as number);
  const metas = head.match(/<meta\b[^>]*>/gi) ?? [];
  for (const tag of metas) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct?.[1]) {
      const c = canonical(direct[1]);
      // A declared UTF-16 in a byte stream without a BOM is treated as UTF-8, as browsers do.
      if (c) return c.startsWith('utf-16') ? 'utf-8' : c;
    }
  }
  return null;
}

function decode(bytes: Uint8Array, charset: string, fatal = false): string {
  return new TextDecoder(charset, { fatal }).decode(bytes);
}

/** How the charset was chosen, for tools that say what they did. */
export interface DecodingReport extends DecodedHtml {
  /** The charset the page declares (canonical name), if any. */
  declared: string | null;
  /**
   * `bom`: a byte order mark; `declared`: the page's declaration; `mislabelled`: the declaration
   * does not fit the bytes and another charset decodes them without error (UTF-8 bytes declared as
   * GBK, GBK bytes declared as UTF-8); `sniffed`: undeclared and not UTF-8, decoded as GB18030;
   * `default`: undeclared (or an unknown label), UTF-8.
   */
  how: 'bom' | 'declared' | 'mislabelled' | 'sniffed' | 'default';
  /** U+FFFD replacement characters in the text: bytes the charset could not decode. */
  replaced: number;
}

function tryDecode(bytes: Uint8Array, charset: string): string | null {
  try {
    return decode(bytes, charset, true);
  } catch {
    return null;
  }
}

const hasNonAscii = (bytes: Uint8Array): boolean => bytes.some((b) => b >= 0x80);

function report(text: string, charset: string, declared: string | null, how: DecodingReport['how']): DecodingReport {
  let replaced = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) replaced++;
  return { text, charset, declared, how, replaced };
}

/** Decode the bytes of a saved HTML page, and say how. Never throws. */
export function decodeHtmlExplained(bytes: Uint8Array): DecodingReport {
  const b = bom(bytes);
  const declared = prescanCharset(bytes);
  if (b) return report(decode(bytes.subarray(b.skip), b.charset), b.charset, declared, 'bom');
  if (declared === 'utf-8') {
    const utf8 = tryDecode(bytes, 'utf-8');
    if (utf8 !== null) return report(utf8, 'utf-8', declared, 'declared');
    const gb = tryDecode(bytes, 'gb18030');
    if (gb !== null) return report(gb, 'gb18030', declared, 'mislabelled');
    return report(decode(bytes, 'utf-8'), 'utf-8', declared, 'declared');
  }
  if (declared) {
    // Non-ASCII bytes that are valid UTF-8 are UTF-8: legacy Chinese text practically never is.
    const utf8 = hasNonAscii(bytes) ? tryDecode(bytes, 'utf-8') : null;
    if (utf8 !== null) return report(utf8, 'utf-8', declared, 'mislabelled');
    return report(decode(bytes, declared), declared, declared, 'declared');
  }
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return report(utf8, 'utf-8', null, 'default');
  return report(decode(bytes, 'gb18030'), 'gb18030', null, 'sniffed');
}

/** Decode the bytes of a saved HTML page. */
export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const { text, charset } = decodeHtmlExplained(bytes);
  return { text, charset };
}
