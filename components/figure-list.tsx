import type { PanelLanguage } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import { STAT_KIND_KEYS } from '@/lib/panel/labels';
import type { StatItem } from '@/lib/panel/mentions';
import { groupStatsByKind, sortStats, type StatOrder } from '@/lib/panel/stats';
import { FigureItem } from './figure-item';

export interface FigureListProps {
  /** Figures after filtering. */
  stats: readonly StatItem[];
  /** Figures before filtering (to tell "none on the page" from "none match"). */
  total: number;
  order: StatOrder;
  grouped: boolean;
  lang: PanelLanguage;
  t: Translate;
  onOrder(order: StatOrder): void;
  onGrouped(grouped: boolean): void;
  onReveal(mentionId: number): void;
  onCopy(text: string): void;
}

/** The key figures section: order and grouping controls, then the list (or lists by kind). */
export function FigureList(props: FigureListProps) {
  const { stats, total, order, grouped, lang, t, onOrder, onGrouped } = props;
  const sorted = sortStats(stats, order);
  const item = (s: StatItem) => <FigureItem key={s.id} stat={s} lang={lang} t={t} onReveal={props.onReveal} onCopy={props.onCopy} />;
  return (
    <section class="zhc-section" aria-labelledby="zhc-figures-heading">
      <h2 id="zhc-figures-heading">
        {t('figuresHeading')} <span class="zhc-count">{stats.length}</span>
      </h2>
      {total > 0 && (
        <div class="zhc-controls">
          <label class="zhc-field-inline">
            <span>{t('sortLabel')}</span>
            <select value={order} onChange={(e) => onOrder(e.currentTarget.value as StatOrder)}>
              <option value="text">{t('sortText')}</option>
              <option value="value">{t('sortValue')}</option>
            </select>
          </label>
          <label class="zhc-check">
            <input type="checkbox" checked={grouped} onChange={(e) => onGrouped(e.currentTarget.checked)} />
            {t('groupByKind')}
          </label>
        </div>
      )}
      {stats.length === 0 ? (
        <p class="zhc-empty">{total === 0 ? t('figuresEmpty') : t('figuresNoMatch')}</p>
      ) : grouped ? (
        groupStatsByKind(sorted).map((g) => (
          <section key={g.kind} class="zhc-subsection" aria-labelledby={`zhc-kind-${g.kind}`}>
            <h3 id={`zhc-kind-${g.kind}`}>
              {t(STAT_KIND_KEYS[g.kind])} <span class="zhc-count">{g.items.length}</span>
            </h3>
            <ul class="zhc-list">{g.items.map(item)}</ul>
          </section>
        ))
      ) : (
        <ul class="zhc-list">{sorted.map(item)}</ul>
      )}
    </section>
  );
}
