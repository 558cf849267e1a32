import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../scripts/cli/detect';
import { ROOT } from './parse-html';

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  try {
    const code = await main(argv);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('cli detect', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('prints the decision as JSON for a demo page', async () => {
    const { code, out } = await run([join(ROOT, 'demo/pages/gov-police-ningbo.html'), '--url', 'http://www.nbgaj.gov.cn/art/2017/9/26/art_1229_2561234.html']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as Record<string, unknown>;
    expect(json).toMatchObject({ kind: 'government', script: 'simplified', isArticle: true, charset: 'utf-8' });
    expect(json.article).toMatchObject({ selector: '.TRS_Editor' });
    expect((json.metadata as { siteCode: string }).siteCode).toBe('3302000033');
    expect(Array.isArray(json.evidence)).toBe(true);
  });

  it('decodes a GBK page before parsing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhc-detect-'));
    dirs.push(dir);
    const file = join(dir, 'gbk.html');
    // <title>网络安全</title> and a body paragraph, hand-encoded in GBK.
    const wangluoAnquan = [0xcd, 0xf8, 0xc2, 0xe7, 0xb0, 0xb2, 0xc8, 0xab];
    const bytes = [
      ...ascii('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>'), ...wangluoAnquan,
      ...ascii('</title></head><body><p>'), ...wangluoAnquan, ...ascii('</p></body></html>'),
    ];
    writeFileSync(file, new Uint8Array(bytes));
    const { code, out } = await run([file, '--url=https://www.example.gov.cn/a.html']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as { charset: string; kind: string; metadata: { title: string } };
    expect(json.charset).toBe('gb18030');
    expect(json.kind).toBe('government');
    expect(json.metadata.title).toBe('网络安全');
  });

  it('prints usage without a file', async () => {
    const { code, err } = await run([]);
    expect(code).toBe(2);
    expect(err).toMatch(/usage/);
  });
});
