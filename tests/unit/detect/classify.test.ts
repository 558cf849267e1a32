import { describe, expect, it } from 'vitest';
import { classify, OTHER_BASELINE, TEMPERATURE } from '../../../lib/detect/classify';
import type { Evidence, EvidenceKind } from '../../../lib/detect/types';

const ev = (kind: EvidenceKind, weight: number, id = `${kind}-${weight}`): Evidence => ({ id, kind, weight, detail: '' });

describe('classify', () => {
  it('is "other" with no evidence, confidence from the softmax over (0, 0, baseline)', () => {
    const r = classify([]);
    expect(r.kind).toBe('other');
    expect(r.scores).toEqual({ government: 0, press: 0, other: OTHER_BASELINE });
    const e = Math.exp(OTHER_BASELINE / TEMPERATURE);
    expect(r.confidence).toBeCloseTo(e / (e + 2), 2);
  });

  it('a known-outlet host alone (2) is not enough for press', () => {
    expect(classify([ev('press', 2)]).kind).toBe('other');
    expect(classify([ev('press', 2), ev('press', 1)]).kind).toBe('press');
  });

  it('a platform outvotes press-like text; government wins over reposted press text', () => {
    expect(classify([ev('press', 2), ev('press', 1), ev('other', 6)]).kind).toBe('other');
    expect(classify([ev('government', 4), ev('press', 3)]).kind).toBe('government');
  });

  it('article and script evidence do not vote', () => {
    expect(classify([ev('article', 10), ev('script', 10)]).kind).toBe('other');
  });

  it('ties go government > press > other', () => {
    expect(classify([ev('government', 3), ev('press', 3)]).kind).toBe('government');
    expect(classify([ev('press', OTHER_BASELINE)]).kind).toBe('press');
  });

  it('confidence grows with the margin', () => {
    const a = classify([ev('government', 4)]).confidence;
    const b = classify([ev('government', 12)]).confidence;
    expect(b).toBeGreaterThan(a);
    expect(b).toBeLessThanOrEqual(1);
  });
});
