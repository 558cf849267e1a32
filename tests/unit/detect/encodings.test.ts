import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { decodeHtml, decodeHtmlExplained } from '../../../lib/detect/decode';
import { main } from '../../../scripts/cli/detect';
import { ROOT } from './parse-html';

// Pages encoded by Python's codecs (tests/fixtures/encodings/make.py): GBK, GB2312, GB18030, Big5
// declared by <meta charset> and http-equiv, UTF-8/UTF-16 byte order marks, mislabelled, malformed.
const DIR = join(ROOT, 'tests/fixtures/encodings');
interface Case {
  file: string;
  charset: string;
  how: string;
  title: string;
  contains: string;
  replaced: number;
}
const CASES = JSON.parse(readFileSync(join(DIR, 'cases.json'), 'utf8')) as Case[];

async function cli(argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    return { code: await main(argv), out };
  } finally {
    o.mockRestore();
  }
}

describe('saved pages in legacy and mixed encodings', () => {
  it('covers every declaration kind the CLI must handle', () => {
    const hows = new Set(CASES.map((c) => c.how));
    expect([...hows].sort()).toEqual(['bom', 'declared', 'default', 'mislabelled', 'sniffed']);
    expect(new Set(CASES.map((c) => c.charset))).toEqual(new Set(['gb18030', 'big5', 'utf-8', 'utf-16le', 'utf-16be']));
  });

  it.each(CASES)('decodes $file as $charset ($how)', (c) => {
    const bytes = new Uint8Array(readFileSync(join(DIR, c.file)));
    const r = decodeHtmlExplained(bytes);
    expect({ charset: r.charset, how: r.how, replaced: r.replaced }).toEqual({ charset: c.charset, how: c.how, replaced: c.replaced });
    expect(r.text).toContain(`<title>${c.title}</title>`);
    expect(r.text).toContain(c.contains);
    expect(decodeHtml(bytes)).toEqual({ text: r.text, charset: r.charset });
  });

  it.each(CASES)('cli detect reads $file: title, page kind and how it decoded', async (c) => {
    const { code, out } = await cli([join(DIR, c.file), '--url', 'http://www.example.gov.cn/art/2024/5/1/art_1.html']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as { charset: string; decoding: { how: string; replaced: number }; kind: string; hasChinese: boolean; metadata: { title: string } };
    expect(json.charset).toBe(c.charset);
    expect(json.decoding).toMatchObject({ how: c.how, replaced: c.replaced });
    expect(json.hasChinese).toBe(true);
    expect(json.metadata.title).toBe(c.title);
    expect(json.kind).toBe('government');
  });

  it('never throws on bytes that fit no charset, and says how many it could not decode', () => {
    const junk = new Uint8Array([...new TextEncoder().encode('<meta charset="big5"><p>'), 0xff, 0xfe, 0x81, 0x20, 0xa4]);
    const r = decodeHtmlExplained(junk);
    expect(r.how).toBe('declared');
    expect(r.charset).toBe('big5');
    expect(r.replaced).toBeGreaterThan(0);
    expect(decodeHtmlExplained(new Uint8Array([])).text).toBe('');
  });
});
