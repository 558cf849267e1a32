import { STAT_KINDS, type StatItem, type StatKind } from './mentions';

export type StatOrder = 'text' | 'value';

export const STAT_ORDERS: readonly StatOrder[] = ['text', 'value'];

/** Figures in text order, or largest value first (ties keep text order). */
export function sortStats(stats: readonly StatItem[], order: StatOrder): StatItem[] {
  const byText = (a: StatItem, b: StatItem) => a.start - b.start || a.id - b.id;
  return [...stats].sort(order === 'value' ? (a, b) => b.value - a.value || byText(a, b) : byText);
}

export interface StatGroup {
  kind: StatKind;
  items: StatItem[];
}

/** Figures grouped by kind in a fixed kind order; the order inside each group is kept. */
export function groupStatsByKind(stats: readonly StatItem[]): StatGroup[] {
  return STAT_KINDS.map((kind) => ({ kind, items: stats.filter((s) => s.kind === kind) })).filter((g) => g.items.length > 0);
}
