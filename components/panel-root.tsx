import './theme.css';
import './panel.css';
import { useMemo } from 'preact/hooks';
import { resolveLanguage } from '@/lib/i18n/resolve-language';
import { createTranslator } from '@/lib/i18n/translate';
import type { PanelState } from '@/lib/panel/state';
import { usePanel } from '@/lib/panel/use-panel';
import { SummaryPanel } from './summary-panel';
import { ThemeFrame } from './theme-frame';

export interface PanelRootProps {
  state: PanelState;
  /** `navigator.languages` of the panel's window, for `uiLanguage: 'auto'`. */
  browserLanguages: readonly string[];
}

/** The side panel: follows the injected state and renders it in the reader's language and theme. */
export function PanelRoot({ state, browserLanguages }: PanelRootProps) {
  const snapshot = usePanel(state);
  const lang = resolveLanguage(snapshot.settings.uiLanguage, browserLanguages);
  const t = useMemo(() => createTranslator(lang), [lang]);
  return (
    <ThemeFrame lang={lang} theme={snapshot.settings.theme} title={t('panelTitle')}>
      <SummaryPanel snapshot={snapshot} actions={state} lang={lang} t={t} />
    </ThemeFrame>
  );
}
