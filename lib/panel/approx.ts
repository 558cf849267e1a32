/** Approximation words that stand before the number (超50%, 近千家); the others follow it (1300余处, 50人以上). */
const BEFORE = new Set(['近', '约', '約', '超', '超过', '超過', '逾', '不足', '不到', '将近', '將近', '接近', '大约', '大約']);

export interface ApproxWords {
  before: string[];
  after: string[];
}

/** Splits the extractor's `approx` (words joined with `+`) into the words shown before and after the figure. */
export function splitApprox(approx: string | null): ApproxWords {
  const words = (approx ?? '').split('+').map((w) => w.trim()).filter(Boolean);
  return { before: words.filter((w) => BEFORE.has(w)), after: words.filter((w) => !BEFORE.has(w)) };
}
