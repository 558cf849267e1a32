import type { Ref } from 'preact';
import type { Translate } from '@/lib/i18n/translate';

export interface FilterBoxProps {
  query: string;
  /** "3 of 12 shown", when a query is active. */
  summary: string | null;
  t: Translate;
  /** For the panel's `/` shortcut. */
  inputRef?: Ref<HTMLInputElement>;
  onQuery(query: string): void;
}

/** Filters figures and institutions by text, subject, English name or type. */
export function FilterBox({ query, summary, t, inputRef, onQuery }: FilterBoxProps) {
  const id = 'zhc-filter';
  return (
    <div class="zhc-filter" role="search">
      <label for={id}>{t('filterLabel')}</label>
      <div class="zhc-filter-row">
        <input
          id={id}
          ref={inputRef}
          type="search"
          aria-keyshortcuts="/"
          value={query}
          placeholder={t('filterPlaceholder')}
          aria-describedby={summary ? 'zhc-filter-summary' : undefined}
          onInput={(e) => onQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query) {
              e.preventDefault();
              onQuery('');
            }
          }}
        />
        {query && (
          <button type="button" class="zhc-button zhc-quiet" onClick={() => onQuery('')}>
            {t('filterClear')}
          </button>
        )}
      </div>
      {summary && (
        <p id="zhc-filter-summary" class="zhc-muted">
          {summary}
        </p>
      )}
    </div>
  );
}
