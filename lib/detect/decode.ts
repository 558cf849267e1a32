// Decoding saved pages the way a browser does: BOM first, then a <meta charset> / http-equiv
// Content-Type declaration in the first 1024 bytes, else UTF-8 (GB18030 when the bytes are not UTF-8).

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

/** Decode the bytes of a saved HTML page. */
export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const b = bom(bytes);
  if (b) return { text: decode(bytes.subarray(b.skip), b.charset), charset: b.charset };
  const declared = prescanCharset(bytes);
  if (declared) return { text: decode(bytes, declared), charset: declared };
  try {
    return { text: decode(bytes, 'utf-8', true), charset: 'utf-8' };
  } catch {
    return { text: decode(bytes, 'gb18030'), charset: 'gb18030' };
  }
}
