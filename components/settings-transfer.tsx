import type { Translate } from '@/lib/i18n/translate';

export interface SettingsTransferProps {
  t: Translate;
  onExport(): void;
  /** The chosen file's text; the caller validates it and refuses bad files whole. */
  onImport(text: string): void;
  /** Files larger than this are refused unread. */
  maxBytes: number;
  onTooLarge(): void;
}

/** Settings backup: download them as JSON, or restore them from such a file. */
export function SettingsTransfer({ t, onExport, onImport, maxBytes, onTooLarge }: SettingsTransferProps) {
  const id = 'zhc-import';
  return (
    <section class="zhc-section" aria-labelledby="zhc-transfer-heading">
      <h2 id="zhc-transfer-heading">{t('transferHeading')}</h2>
      <div class="zhc-button-row">
        <button type="button" class="zhc-button" onClick={onExport}>
          {t('exportSettings')}
        </button>
        <label class="zhc-field-inline" for={id}>
          <span>{t('importSettings')}</span>
          <input
            id={id}
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (!file) return;
              if (file.size > maxBytes) {
                input.value = '';
                onTooLarge();
                return;
              }
              void file.text().then((text) => {
                input.value = '';
                onImport(text);
              });
            }}
          />
        </label>
      </div>
    </section>
  );
}
