/**
 * Where approximation words stand around a figure: before the number (超50%, 近千家), inside it,
 * between the number and its unit (1300余处, 3800多个), or after the unit (50人以上, 3小时左右).
 */
const BEFORE = new Set(['近', '约', '約', '超', '超过', '超過', '逾', '不足', '不到', '将近', '將近', '接近', '大约', '大約']);
const INSIDE = new Set(['余', '餘', '多', '有余', '有餘']);

export interface ApproxWords {
  before: string[];
  /** Between the number and the unit. With a scale word, see `afterScale`. */
  inside: string[];
  after: string[];
}

/** Splits the extractor's `approx` (words joined with `+`) by where the panel shows them. */
export function splitApprox(approx: string | null): ApproxWords {
  const words = (approx ?? '').split('+').map((w) => w.trim()).filter(Boolean);
  return {
    before: words.filter((w) => BEFORE.has(w)),
    inside: words.filter((w) => INSIDE.has(w)),
    after: words.filter((w) => !BEFORE.has(w) && !INSIDE.has(w)),
  };
}

const SCALE_FORMS: Record<string, string[]> = { 万: ['万', '萬'], 萬: ['万', '萬'], 亿: ['亿', '億'], 億: ['亿', '億'] };

/**
 * Whether an inside word follows the scale word as the page wrote it (2万余张) rather than
 * preceding it (1000多万): Chinese has both, only the text tells.
 */
export function isAfterScale(word: string, scale: string, written: string): boolean {
  if (!scale) return false;
  return (SCALE_FORMS[scale] ?? [scale]).some((form) => written.includes(`${form}${word}`));
}
