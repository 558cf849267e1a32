import { useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n/translate';
import { organizationCopyText } from '@/lib/panel/copy-text';
import type { OrgGroup, OrgNode } from '@/lib/panel/organizations';

export interface InstitutionItemProps {
  node: OrgNode;
  /** The parent's name when it is not the list item this one is nested in. */
  parentNameOf(group: OrgGroup): string | null;
  nested: boolean;
  t: Translate;
  onReveal(mentionId: number): void;
  onCopy(text: string): void;
}

/**
 * One organization, once however often it is named: full name, English name, mention count,
 * parent, other forms; next/previous step through its mentions in the page. Sub-units nest below.
 */
export function InstitutionItem({ node, parentNameOf, nested, t, onReveal, onCopy }: InstitutionItemProps) {
  const { group, children } = node;
  const [index, setIndex] = useState(0);
  const count = group.mentionIds.length;
  const current = Math.min(index, count - 1);
  const go = (next: number) => {
    const i = (next + count) % count;
    setIndex(i);
    const id = group.mentionIds[i];
    if (id !== undefined) onReveal(id);
  };
  const name = group.displayName;
  const parent = nested ? null : parentNameOf(group);
  return (
    <li class="zhc-item zhc-org">
      <button
        type="button"
        class="zhc-reveal"
        aria-label={t('revealOrg', { name: group.english ? `${name} (${group.english})` : name })}
        onClick={() => go(current)}
      >
        <span class="zhc-org-name" lang="zh">
          {name}
        </span>
        {group.english && (
          <span class="zhc-english" lang="en">
            {group.english}
          </span>
        )}
      </button>
      <span class="zhc-item-actions">
        <span class="zhc-count-text">{count === 1 ? t('mentionsOne') : t('mentionsOther', { count })}</span>
        {count > 1 && (
          <span class="zhc-stepper">
            <button type="button" class="zhc-button zhc-quiet" aria-label={t('previousMention', { name })} onClick={() => go(current - 1)}>
              <span aria-hidden="true">‹</span>
            </button>
            <span class="zhc-position" aria-live="polite">
              {t('mentionPosition', { index: current + 1, count })}
            </span>
            <button type="button" class="zhc-button zhc-quiet" aria-label={t('nextMention', { name })} onClick={() => go(current + 1)}>
              <span aria-hidden="true">›</span>
            </button>
          </span>
        )}
        <button type="button" class="zhc-button zhc-quiet" aria-label={t('copyItem', { text: name })} onClick={() => onCopy(organizationCopyText(group))}>
          {t('copy')}
        </button>
      </span>
      {parent && <p class="zhc-muted">{t('partOf', { parent })}</p>}
      {group.otherNames.length > 0 && <p class="zhc-muted">{t('alsoWritten', { names: group.otherNames.join('、') })}</p>}
      {children.length > 0 && (
        <ul class="zhc-list zhc-children">
          {children.map((child) => (
            <InstitutionItem key={child.group.key} node={child} parentNameOf={parentNameOf} nested t={t} onReveal={onReveal} onCopy={onCopy} />
          ))}
        </ul>
      )}
    </li>
  );
}
