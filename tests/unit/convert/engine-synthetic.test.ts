// @vitest-environment node
// The engine against opencc-js's own Trie on small synthetic dictionaries that stress what the
// real ones rarely exercise: IDS operators as keys, phrases across segment ends, astral keys,
// keys that are prefixes of each other, and a later group rewriting the first group's output.
import fc from 'fast-check';
import { Trie } from 'opencc-js/core';
import { describe, expect, it } from 'vitest';
import { compileGroup } from '@/lib/convert/compile';
import { createConverter } from '@/lib/convert/engine';
import type { CompiledConfig } from '@/lib/convert/types';

type Dict = [string, string][];

/** opencc-js's ConverterFactoryWithSegmentation + normalization, built from its exported Trie. */
function reference(normalization: Dict, segmentation: string[] | null, groups: Dict[]): (s: string) => string {
  const trie = (dict: Dict): Trie => {
    const t = new Trie();
    t.loadDict(dict);
    return t;
  };
  const norm = trie(normalization);
  const seg = segmentation ? trie(segmentation.map((k) => [k, k])) : null;
  const tries = groups.map(trie);
  return (s) => {
    const n = norm.convert(s);
    const segments = seg ? seg.segment(n) : [n];
    return segments.map((segment) => tries.reduce((out, t) => t.convert(out), segment)).join('');
  };
}

function compiled(normalization: Dict, segmentation: CompiledConfig['segmentation'], groups: Dict[]): CompiledConfig {
  return {
    format: 4,
    name: 's2tw',
    normalization: normalization.length > 0 ? [compileGroup(new Map(normalization))] : [],
    segmentation,
    conversion: groups.map((g) => compileGroup(new Map(g))),
  };
}

const multi = (dict: Dict): string[] => dict.map(([k]) => k).filter((k) => [...k].length > 1);

const ALPHABET = ['⿰', '⿱', '⿲', '氵', '工', '木', 'a', 'b', 'c', '𠀀', '𠀁', '豈', ' '];
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 24 }).map((xs) => xs.join(''));

const NORMALIZATION: Dict = [['豈', '豈']];
const PHRASES: Dict = [
  ['ab', 'AB'],
  ['abc', 'ABC'],
  ['b𠀀', 'B0'],
  ['𠀀𠀁', 'ZZ'],
  ['⿰氵工', '江'],
  ['木木', '林'],
  ['a', 'α'],
  ['c', 'γ'],
  ['𠀁', 'Z1'],
];
const LATER: Dict = [
  ['αb', 'X'],
  ['γ', 'g'],
  ['Z1⿱', 'W'],
  ['江', '河'],
  ['木A', 'M'],
];

describe.each([
  ['fused (phrases of group 0 segment, no IDS operator key)', PHRASES],
  ['not fused (an IDS operator is a key of group 0)', [...PHRASES, ['⿰', '卜'] as [string, string]]],
])('engine equals opencc-js Trie: %s', (_label, first) => {
  const engine = createConverter(compiled(NORMALIZATION, { group: 0 }, [first, LATER]));
  const ref = reference(NORMALIZATION, multi(first), [first, LATER]);

  it('on fixed strings', () => {
    for (const s of ['', '⿰木ab', 'abc', 'ab𠀀𠀁', '⿰氵工木木', '⿰氵', 'a⿰b', 'cab豈', '𠀁⿱木']) {
      expect(engine.convert(s), s).toBe(ref(s));
    }
  });

  it('on random strings, with pieces that cover the source', () => {
    fc.assert(
      fc.property(text, (s) => {
        const out = ref(s);
        expect(engine.convert(s)).toBe(out);
        const pieces = engine.convertPieces(s);
        expect(pieces.map(([, o]) => o).join('')).toBe(out);
        expect(pieces.reduce((n, [l]) => n + l, 0)).toBe(s.length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('engine equals opencc-js Trie with a separate segmentation key set', () => {
  const keys = ['ab', '木木', '⿰氵'];
  const engine = createConverter(compiled([], { keys: compileGroup(new Map(keys.map((k) => [k, k]))) }, [PHRASES, LATER]));
  const ref = reference([], keys, [PHRASES, LATER]);

  it('on random strings', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(engine.convert(s)).toBe(ref(s));
        expect(engine.convertPieces(s).map(([, o]) => o).join('')).toBe(ref(s));
      }),
      { numRuns: 2000 },
    );
  });
});
