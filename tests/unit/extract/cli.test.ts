// `npm run cli -- extract FILE`: offsets into the file's text (.txt) or the page's body text (.html).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { main, textOf } from '../../../scripts/cli/extract';

afterEach(() => vi.restoreAllMocks());

async function run(file: string): Promise<{ code: number; out: { mentions: { text: string; start: number; end: number }[] } }> {
  let printed = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed += String(chunk);
    return true;
  });
  const code = await main([file]);
  return { code, out: JSON.parse(printed) as { mentions: { text: string; start: number; end: number }[] } };
}

it('prints mentions with offsets into a text file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-'));
  const file = join(dir, 'a.txt');
  const text = '\n\n宁波公安:\n\n去年以来，宁波公安累计向136家企业发送预警。';
  writeFileSync(file, text);
  const { code, out } = await run(file);
  expect(code).toBe(0);
  expect(out.mentions.map((m) => m.text)).toEqual(['宁波公安', '宁波公安', '136家']);
  for (const m of out.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
});

it('reads the body text of an HTML page without scripts and styles', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-'));
  const file = join(dir, 'a.html');
  writeFileSync(file, '<html><head><meta charset="utf-8"></head><body><script>var a="公安部";</script><p>宁波市公安局网安支队</p><p>向136家企业发送</p></body></html>');
  const { text } = await textOf(file);
  expect(text).toBe('宁波市公安局网安支队向136家企业发送');
  const { out } = await run(file);
  expect(out.mentions.map((m) => [m.text, m.start])).toEqual([['宁波市公安局网安支队', 0], ['136家', 11]]);
});
