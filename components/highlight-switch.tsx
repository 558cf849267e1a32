import type { Translate } from '@/lib/i18n/translate';

export interface HighlightSwitchProps {
  on: boolean;
  disabled: boolean;
  t: Translate;
  onToggle(on: boolean): void;
}

/** Highlights every figure and institution in the page. A real button with the switch role. */
export function HighlightSwitch({ on, disabled, t, onToggle }: HighlightSwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      class="zhc-switch"
      aria-checked={on}
      disabled={disabled}
      onClick={() => onToggle(!on)}
    >
      <span class="zhc-switch-track" aria-hidden="true">
        <span class="zhc-switch-thumb" />
      </span>
      <span>{t('highlightLabel')}</span>
    </button>
  );
}
