import { describe, expect, it } from 'vitest';
import { decodeHtml, prescanCharset } from '../../../lib/detect/decode';

// Hand-encoded bytes (from the GBK and Big5 code tables): 网络安全 in GBK, 網路安全 in Big5.
const GBK_WANGLUO_ANQUAN = [0xcd, 0xf8, 0xc2, 0xe7, 0xb0, 0xb2, 0xc8, 0xab];
const BIG5_WANGLU_ANQUAN = [0xba, 0xf4, 0xb8, 0xf4, 0xa6, 0x77, 0xa5, 0xfe];
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? ascii(p) : p)));

describe('decodeHtml', () => {
  it('decodes GB2312/GBK declared by <meta charset> as gb18030', () => {
    for (const label of ['gb2312', 'GBK', 'gb18030']) {
      const r = decodeHtml(bytes(`<html><head><meta charset="${label}"><title>`, GBK_WANGLUO_ANQUAN, '</title></head></html>'));
      expect(r.charset).toBe('gb18030');
      expect(r.text).toContain('<title>网络安全</title>');
    }
  });

  it('decodes Big5 declared by http-equiv Content-Type', () => {
    const r = decodeHtml(bytes('<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"></head><body>', BIG5_WANGLU_ANQUAN, '</body></html>'));
    expect(r.charset).toBe('big5');
    expect(r.text).toContain('網路安全');
  });

  it('lets a BOM win over the declaration', () => {
    const utf8 = [...new TextEncoder().encode('<meta charset="gbk">网络安全')];
    const r = decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]));
    expect(r.charset).toBe('utf-8');
    expect(r.text).toBe('<meta charset="gbk">网络安全');
    const le = decodeHtml(new Uint8Array([0xff, 0xfe, 0x51, 0x7f]));
    expect(le.charset).toBe('utf-16le');
    expect(le.text).toBe('网');
  });

  it('only looks at the first 1024 bytes for the declaration', () => {
    const late = bytes('<html><head>', ' '.repeat(1100), '<meta charset="gbk"></head><body>ok</body></html>');
    expect(prescanCharset(late)).toBeNull();
    expect(decodeHtml(late).charset).toBe('utf-8');
  });

  it('defaults to UTF-8, and falls back to gb18030 for undeclared bytes that are not UTF-8', () => {
    const utf8 = decodeHtml(new TextEncoder().encode('<p>网络安全</p>'));
    expect(utf8).toEqual({ text: '<p>网络安全</p>', charset: 'utf-8' });
    const gbk = decodeHtml(bytes('<p>', GBK_WANGLUO_ANQUAN, '</p>'));
    expect(gbk).toEqual({ text: '<p>网络安全</p>', charset: 'gb18030' });
  });

  it('treats a declared UTF-16 without BOM as UTF-8, like browsers', () => {
    expect(prescanCharset(bytes('<meta charset="utf-16">'))).toBe('utf-8');
  });
});
