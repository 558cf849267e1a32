// @vitest-environment node
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import scriptCharsText from '@/lib/convert/data/script-chars.tsv?raw';
import { classifyScript, detectScript } from '@/lib/convert/script';
import { formatScriptChars, parseScriptChars } from '@/lib/convert/script-chars';
import { seeds } from './helpers';

describe('detectScript', () => {
  it.each(seeds.map((s) => [s.name, s.text]))('classifies seed %s', (name, text) => {
    const result = detectScript(text);
    expect(result.script).toBe(name.startsWith('001_') ? 'traditional' : 'simplified');
    expect(result.han).toBeGreaterThan(1000);
  });

  it('counts one-script characters', () => {
    expect(detectScript('网络安全 abc')).toEqual({ script: 'simplified', simplified: 2, traditional: 0, han: 4 });
    expect(detectScript('網絡安全')).toEqual({ script: 'traditional', simplified: 0, traditional: 2, han: 4 });
    expect(detectScript('网络與網絡').script).toBe('mixed');
  });

  it('says none without distinguishing characters', () => {
    expect(detectScript('')).toEqual({ script: 'none', simplified: 0, traditional: 0, han: 0 });
    expect(detectScript('中文 hello')).toEqual({ script: 'none', simplified: 0, traditional: 0, han: 2 });
  });

  it('counts supplementary-plane Han', () => {
    expect(detectScript('𠀀𠮷').han).toBe(2);
  });

  it('tolerates a few stray characters of the other script', () => {
    expect(classifyScript(95, 5)).toBe('simplified');
    expect(classifyScript(5, 95)).toBe('traditional');
    expect(classifyScript(80, 20)).toBe('mixed');
  });
});

describe('script-chars.tsv', () => {
  const pairs = parseScriptChars(scriptCharsText);
  const lines = scriptCharsText.split('\n');
  const toT = OpenCC.Converter({ from: 'cn', to: 't' });
  const toS = OpenCC.Converter({ from: 't', to: 'cn' });

  it('has a few hundred pairs', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(200);
    expect(pairs.length).toBeLessThanOrEqual(1000);
  });

  it('has no stray whitespace or blank lines', () => {
    expect(scriptCharsText.endsWith('\n')).toBe(true);
    for (const line of lines.slice(0, -1)) {
      expect(line, JSON.stringify(line)).toBe(line.trim());
      expect(line).not.toBe('');
      if (!line.startsWith('#')) expect(line).toMatch(/^\S\t\S$/u);
    }
  });

  it('has no duplicate characters in either column or across columns', () => {
    const all = pairs.flat();
    expect(new Set(all).size).toBe(all.length);
  });

  it('has simplified on the left and traditional on the right', () => {
    for (const [s, t] of pairs) {
      expect(s).not.toBe(t);
      expect(toT(s), s).toBe(t);
      expect(toS(t), t).toBe(s);
    }
  });

  it('round-trips through formatScriptChars', () => {
    const header = lines.filter((l) => l.startsWith('#'));
    expect(formatScriptChars(pairs, header)).toBe(scriptCharsText);
  });

  it('rejects malformed lines', () => {
    expect(() => parseScriptChars('发\t發\t髮\n')).toThrow();
    expect(() => parseScriptChars('发\n')).toThrow();
  });
});
