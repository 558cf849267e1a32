// @vitest-environment node
// The engine must equal opencc-js's Converter({ from, to }) on ANY text, for every config.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFIG_NAMES } from '@/lib/convert/types';
import { compiledFor, converterFor, keysOf, referenceFor, seeds } from './helpers';

const TRICKY = [
  '',
  'a',
  'ABC 123, xyz! https://example.org/路径?q=网络',
  '𠀀𠀁𪚥𡈽 surrogate pairs 𠮷野家',
  '\ud840 lone high, lone low \udc00 and reversed \udc00\ud840',
  '⿰氵工⿱艹⿰木木 IDS ⿲亻山乚 ⿰⿱日月⿱山水 ⿰ cut ⿰氵',
  '⿰发展',
  '豈更車賈 compatibility ideographs 﨎﨏 丽丸',
  '网络安全法2023年第3期，APP、H5与CNCERT',
  '软件 计算机 互联网 信息 打印机 鼠标 内存 硬盘',
  '軟體 電腦 網際網路 資訊 印表機 滑鼠 記憶體 硬碟',
  '後來 后来 頭髮 发展 乾燥 干部 皇后 後面',
  '\n\n  \t 全角　空格 ①②③ ａｂｃ １２３',
  '僞造 偽造 爲了 為了 裏面 裡面 着急 著急',
];

describe.each(CONFIG_NAMES.map((name) => [name]))('%s equals opencc-js', (name) => {
  const engine = converterFor(name);
  const reference = referenceFor(name);

  it.each(seeds.map((s) => [s.name, s.text]))('on seed %s', (_file, text) => {
    expect(engine.convert(text)).toBe(reference(text));
  });

  it('on tricky strings', () => {
    for (const text of TRICKY) expect(engine.convert(text), JSON.stringify(text)).toBe(reference(text));
  });

  it('on random text built from dictionary keys', () => {
    const keys = keysOf(compiledFor(name));
    const sample = keys.filter((_, i) => i % Math.max(1, Math.floor(keys.length / 3000)) === 0);
    const chars = [...new Set(sample.flatMap((k) => [...k]))];
    const extra = ['⿰', '⿱', '⿲', ' ', '\n', 'a', '1', '𠀀', '豈', '，'];
    const piece = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...sample) },
      { weight: 3, arbitrary: fc.constantFrom(...chars) },
      { weight: 1, arbitrary: fc.constantFrom(...extra) },
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(engine.convert(text)).toBe(reference(text));
      }),
      { numRuns: 400 },
    );
  });
});

describe('runs of IDS operators (opencc-js is exponential and recursive on them)', () => {
  const engine = converterFor('s2tw');
  const reference = referenceFor('s2tw');

  it('equals opencc-js where opencc-js finishes', () => {
    for (let n = 0; n <= 22; n += 1) {
      const text = `${'⿰'.repeat(n)}发展⿱艹${'⿲'.repeat(n % 5)}`;
      expect(engine.convert(text), text).toBe(reference(text));
    }
  });

  it('stays linear and within the stack on page-sized runs', () => {
    const start = performance.now();
    expect(engine.convert(`${'⿰'.repeat(200_000)}发`)).toBe(`${'⿰'.repeat(200_000)}发`);
    // Each ⿰ takes 发 and the next sequence as children; only the last 发 is left outside.
    expect(engine.convert('⿰发'.repeat(100_000))).toBe(`${'⿰发'.repeat(99_999)}⿰發`);
    expect(engine.convert('⿰发'.repeat(1000))).toBe(reference('⿰发'.repeat(1000)));
    expect(engine.convertPieces('⿰发'.repeat(50_000)).length).toBeGreaterThan(0);
    expect(performance.now() - start).toBeLessThan(10_000);
  });
});
