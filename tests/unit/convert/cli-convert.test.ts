// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../scripts/cli/convert';

function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  return main(argv).then((code) => ({ code, out, err }));
}

function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'zhc-cli-')), 'in.txt');
  writeFileSync(path, text, 'utf8');
  return path;
}

describe('cli convert', () => {
  afterEach(() => vi.restoreAllMocks());

  it('converts line for line, detecting the source', async () => {
    const result = await run(['--to', 'twp', file('网络安全\n\n软件发展\n')]);
    expect(result).toEqual({ code: 0, out: '網路安全\n\n軟體發展\n', err: '' });
  });

  it('honours --from', async () => {
    expect((await run(['--from', 'tw', '--to', 'cn', file('軟體')])).out).toBe('软体');
    expect((await run(['--from', 'twp', '--to', 'cn', file('軟體\r\n軟體\n')])).out).toBe('软件\r\n软件\n');
  });

  it('rejects bad arguments', async () => {
    const result = await run(['--to', 'xx', 'f']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('usage');
  });
});
