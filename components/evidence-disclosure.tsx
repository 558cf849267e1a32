import type { Evidence } from '@/lib/detect/types';
import type { Translate } from '@/lib/i18n/translate';

export interface EvidenceDisclosureProps {
  evidence: readonly Evidence[];
  t: Translate;
}

/** Why the page got its type: a native disclosure (keyboard and screen reader friendly). */
export function EvidenceDisclosure({ evidence, t }: EvidenceDisclosureProps) {
  return (
    <details class="zhc-evidence">
      <summary>{t('evidenceSummary')}</summary>
      {evidence.length === 0 ? (
        <p>{t('evidenceEmpty')}</p>
      ) : (
        <ul>
          {evidence.map((e) => (
            <li key={e.id}>
              <span class="zhc-evidence-detail">{e.detail}</span>{' '}
              <span class="zhc-muted">
                ({e.kind}, {t('evidenceWeight', { weight: Number(e.weight.toFixed(2)) })})
              </span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
