import type { Translate } from '@/lib/i18n/translate';
import type { ExportFormat } from '@/lib/panel/state';

export interface ExportBarProps {
  t: Translate;
  onExport(format: ExportFormat): void;
}

const FORMATS = [
  { format: 'markdown', label: 'exportMarkdown', aria: 'exportMarkdownLabel' },
  { format: 'csv', label: 'exportCsv', aria: 'exportCsvLabel' },
  { format: 'json', label: 'exportJson', aria: 'exportJsonLabel' },
] as const;

/** Downloads the summary, with its citation, as Markdown, CSV or JSON. */
export function ExportBar({ t, onExport }: ExportBarProps) {
  return (
    <section class="zhc-section zhc-export" aria-labelledby="zhc-export-heading">
      <h2 id="zhc-export-heading">{t('exportHeading')}</h2>
      <div class="zhc-button-row">
        {FORMATS.map((f) => (
          <button key={f.format} type="button" class="zhc-button" aria-label={t(f.aria)} onClick={() => onExport(f.format)}>
            {t(f.label)}
          </button>
        ))}
      </div>
    </section>
  );
}
