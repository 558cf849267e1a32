import type { Evidence } from '@/lib/detect/types';
import type { MessageKey } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import { PAGE_KIND_KEYS } from '@/lib/panel/labels';

export interface EvidenceDisclosureProps {
  evidence: readonly Evidence[];
  t: Translate;
}

const EVIDENCE_KIND_KEYS: Readonly<Record<Evidence['kind'], MessageKey>> = {
  ...PAGE_KIND_KEYS,
  article: 'evidenceArticle',
  script: 'evidenceScript',
};

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
                ({t(EVIDENCE_KIND_KEYS[e.kind] ?? 'kindOther')}, {t('evidenceWeight', { weight: Number(e.weight.toFixed(2)) })})
              </span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
