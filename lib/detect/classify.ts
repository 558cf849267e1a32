import type { ClassifyResult, Evidence, PageKind } from './types';

/** Score every page starts with for "other": a page is not government or press until evidence says so. */
export const OTHER_BASELINE = 2.5;
/** Softmax temperature: one point of score difference ≈ e^(1/2) ≈ 1.65× the odds. */
export const TEMPERATURE = 2;

const ORDER: readonly PageKind[] = ['government', 'press', 'other'];

/**
 * The scoring formula:
 *
 *   S_government = Σ weight of government evidence
 *   S_press      = Σ weight of press evidence
 *   S_other      = OTHER_BASELINE (2.5) + Σ weight of other evidence (forum, self-media, blog, content farm, shop)
 *
 *   kind        = argmax S_k        (ties: government > press > other)
 *   confidence  = exp(S_kind / T) / Σ_k exp(S_k / T),  T = 2   (a softmax over the three scores)
 *
 * Article and script evidence does not vote on the kind. Consequences, by design: a single press signal
 * (a known outlet host, weight 2) is not enough to call a page press; a platform signal (weight 4–6) outvotes
 * the press-like text of a repost; a government site quoting a newspaper stays government.
 */
export function classify(evidence: readonly Evidence[]): ClassifyResult {
  const scores: Record<PageKind, number> = { government: 0, press: 0, other: OTHER_BASELINE };
  for (const e of evidence) {
    if (e.kind === 'government' || e.kind === 'press' || e.kind === 'other') scores[e.kind] += e.weight;
  }
  let kind: PageKind = 'other';
  let best = -Infinity;
  for (const k of ORDER) {
    if (scores[k] > best) {
      best = scores[k];
      kind = k;
    }
  }
  let sum = 0;
  for (const k of ORDER) sum += Math.exp((scores[k] - best) / TEMPERATURE);
  const confidence = Math.round((1 / sum) * 100) / 100;
  return { kind, confidence, scores };
}
