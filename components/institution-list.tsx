import type { Translate } from '@/lib/i18n/translate';
import { ORG_TYPE_KEYS } from '@/lib/panel/labels';
import { parentName, sectionOrganizations, type OrgGroup } from '@/lib/panel/organizations';
import { InstitutionItem } from './institution-item';

export interface InstitutionListProps {
  /** Organizations after filtering. */
  groups: readonly OrgGroup[];
  /** All organizations of the page (parents are named from these). */
  all: readonly OrgGroup[];
  t: Translate;
  onReveal(mentionId: number): void;
  onCopy(text: string): void;
}

/** The institutions section: one list per organization type, sub-units nested under their parent. */
export function InstitutionList({ groups, all, t, onReveal, onCopy }: InstitutionListProps) {
  const sections = sectionOrganizations(groups);
  const parentNameOf = (g: OrgGroup) => parentName(g, all);
  return (
    <section class="zhc-section" aria-labelledby="zhc-orgs-heading">
      <h2 id="zhc-orgs-heading">
        {t('institutionsHeading')} <span class="zhc-count">{groups.length}</span>
      </h2>
      {groups.length === 0 ? (
        <p class="zhc-empty">{all.length === 0 ? t('institutionsEmpty') : t('institutionsNoMatch')}</p>
      ) : (
        sections.map((s) => (
          <section key={s.orgType} class="zhc-subsection" aria-labelledby={`zhc-type-${s.orgType}`}>
            <h3 id={`zhc-type-${s.orgType}`}>
              {t(ORG_TYPE_KEYS[s.orgType])} <span class="zhc-count">{s.count}</span>
            </h3>
            <ul class="zhc-list">
              {s.nodes.map((node) => (
                <InstitutionItem key={node.group.key} node={node} parentNameOf={parentNameOf} nested={false} t={t} onReveal={onReveal} onCopy={onCopy} />
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}
