import { describe, expect, it } from 'vitest';
import { prf, scoreDocument, type GoldMention } from '@/lib/extract/score';
import type { Mention } from '@/lib/extract/types';

const gold = (start: number, end: number, optional = false, type: 'ORG' | 'STAT' = 'ORG'): GoldMention => ({
  type, start, end, text: '', optional,
});
const org = (start: number, end: number): Mention => ({
  type: 'ORG', start, end, text: '', orgType: 'other', key: '', canonical: '', english: null, parent: null, refersTo: null, rule: 'x',
});

describe('scoreDocument', () => {
  it('counts strict and lenient matches, each gold once', () => {
    const s = scoreDocument([gold(0, 4), gold(10, 14)], [org(0, 4), org(0, 4), org(11, 14)]);
    expect(s.strict.ORG).toEqual({ tp: 1, fp: 2, fn: 1 });
    expect(s.lenient.ORG).toEqual({ tp: 2, fp: 1, fn: 0 });
  });

  it('drops predictions that match optional gold from both sides', () => {
    const s = scoreDocument([gold(0, 4, true), gold(10, 14)], [org(0, 4)]);
    expect(s.strict.ORG).toEqual({ tp: 0, fp: 0, fn: 1 });
  });

  it('computes P/R/F1', () => {
    expect(prf({ tp: 3, fp: 1, fn: 1 })).toMatchObject({ precision: 0.75, recall: 0.75, f1: 0.75 });
  });
});
