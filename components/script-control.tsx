import type { Target } from '@/lib/convert/types';
import type { MessageKey } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';

export interface ScriptControlProps {
  /** What the page shows now; null is the page's own script. */
  current: Target | null;
  phrases: boolean;
  busy: boolean;
  t: Translate;
  onTarget(target: Target | null): void;
  onPhrases(on: boolean): void;
}

/** The choices in order. Taiwan with phrases (`twp`) is the 臺灣 button plus the phrases setting. */
const CHOICES: readonly { target: Target | null; label: MessageKey; title: MessageKey | null; lang: string | null }[] = [
  { target: null, label: 'targetOriginal', title: null, lang: null },
  { target: 'cn', label: 'targetCn', title: 'targetCnTitle', lang: 'zh-Hans' },
  { target: 't', label: 'targetT', title: 'targetTTitle', lang: 'zh-Hant' },
  { target: 'tw', label: 'targetTw', title: 'targetTwTitle', lang: 'zh-Hant-TW' },
  { target: 'hk', label: 'targetHk', title: 'targetHkTitle', lang: 'zh-Hant-HK' },
];

function isCurrent(choice: Target | null, current: Target | null): boolean {
  return choice === current || (choice === 'tw' && current === 'twp');
}

/** Original / 简体 / 繁體 / 臺灣 / 香港 as toggle buttons, and the Taiwan phrases setting. */
export function ScriptControl({ current, phrases, busy, t, onTarget, onPhrases }: ScriptControlProps) {
  return (
    <div class="zhc-script" aria-busy={busy}>
      <div class="zhc-segmented" role="group" aria-label={t('scriptControlLabel')}>
        {CHOICES.map((c) => (
          <button
            key={c.label}
            type="button"
            class="zhc-segment"
            aria-pressed={isCurrent(c.target, current)}
            title={c.title ? t(c.title) : undefined}
            lang={c.lang ?? undefined}
            onClick={() => onTarget(c.target)}
          >
            {t(c.label)}
          </button>
        ))}
      </div>
      <label class="zhc-check">
        <input type="checkbox" checked={phrases} onChange={(e) => onPhrases(e.currentTarget.checked)} />
        {t('phrasesLabel')}
      </label>
    </div>
  );
}
