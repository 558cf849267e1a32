// @vitest-environment node
// convertPieces: consecutive pieces covering the source, joining to convert(text).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composePieces, mergeIdentityPieces } from '@/lib/convert/pieces';
import type { ConfigName, Piece } from '@/lib/convert/types';
import { converterFor, keysOf, compiledFor, seeds } from './helpers';

function expectCovering(text: string, pieces: Piece[], converted: string): void {
  expect(pieces.reduce((n, [length]) => n + length, 0)).toBe(text.length);
  expect(pieces.map(([, out]) => out).join('')).toBe(converted);
  for (const [length] of pieces) expect(length).toBeGreaterThan(0);
  let at = 0;
  for (const [length] of pieces) {
    // No piece boundary splits a surrogate pair of the source.
    const code = text.charCodeAt(at);
    expect(code >= 0xdc00 && code <= 0xdfff && at > 0 && /[\ud800-\udbff]/.test(text[at - 1] ?? '')).toBe(false);
    at += length;
  }
}

/** Cheaper than expectCovering for long texts: totals only. */
function expectTotals(text: string, pieces: Piece[], converted: string): void {
  expect(pieces.reduce((n, [length]) => n + length, 0)).toBe(text.length);
  expect(pieces.map(([, out]) => out).join('')).toBe(converted);
}

const CONFIGS: ConfigName[] = ['s2t', 's2tw', 's2twp', 's2hk', 't2s', 'tw2s', 'tw2sp', 'hk2s', 't2twp', 'tw2hk'];

describe.each(CONFIGS.map((name) => [name]))('%s convertPieces', (name) => {
  const engine = converterFor(name);

  it('covers every seed and joins to convert()', () => {
    for (const { text } of seeds) expectCovering(text, engine.convertPieces(text), engine.convert(text));
  });

  it('holds on random text', () => {
    const keys = keysOf(compiledFor(name)).filter((_, i) => i % 17 === 0);
    const unit = fc.oneof(fc.constantFrom(...keys), fc.constantFrom('a', ' ', '𠀀', '⿰', '豈', '\n', '\ud840'));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expectCovering(text, engine.convertPieces(text), engine.convert(text));
      }),
      { numRuns: 100 },
    );
  });
});

describe('pieces map offsets', () => {
  it('keeps a phrase replacement in one piece (s2twp 软件 → 軟體)', () => {
    const pieces = converterFor('s2twp').convertPieces('安装软件ok');
    expect(pieces).toContainEqual([2, '軟體']);
    expect(pieces[pieces.length - 1]).toEqual([2, 'ok']);
  });

  it('splits per replacement, not per text', () => {
    expect(converterFor('s2t').convertPieces('发展abc').length).toBeGreaterThan(1);
  });

  it.each([['s2t'], ['s2tw'], ['tw2s']] as const)('handles a page-sized text (%s, 300k characters)', (name) => {
    const engine = converterFor(name);
    const text = `${'网络安全發展'.repeat(40000)}${'abc '.repeat(15000)}`;
    expectTotals(text, engine.convertPieces(text), engine.convert(text));
  });

  it('returns no pieces for empty text', () => {
    expect(converterFor('s2t').convertPieces('')).toEqual([]);
  });
});

describe('composePieces', () => {
  it('cuts only where both stages have a boundary', () => {
    // source "abc" → "xy|z" (a→x, b→y, c→z); second stage maps "yz" → "Q".
    const first: Piece[] = [[1, 'x'], [1, 'y'], [1, 'z']];
    const second: Piece[] = [[1, 'x'], [2, 'Q']];
    expect(composePieces(first, second)).toEqual([[1, 'x'], [2, 'Q']]);
  });

  it('keeps pieces that produced nothing', () => {
    expect(composePieces([[1, ''], [1, 'b']], [[1, 'B']])).toEqual([[2, 'B']]);
  });

  it('merges identity runs only', () => {
    expect(mergeIdentityPieces('ab發c', [[1, 'a'], [1, 'b'], [1, '发'], [1, 'c']])).toEqual([[2, 'ab'], [1, '发'], [1, 'c']]);
  });
});
