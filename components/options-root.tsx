import './theme.css';
import './options.css';
import { useMemo } from 'preact/hooks';
import { resolveLanguage } from '@/lib/i18n/resolve-language';
import { createTranslator } from '@/lib/i18n/translate';
import type { OptionsState } from '@/lib/panel/options-state';
import { useOptions } from '@/lib/panel/use-options';
import { OptionsPage } from './options-page';
import { ThemeFrame } from './theme-frame';

export interface OptionsRootProps {
  state: OptionsState;
  browserLanguages: readonly string[];
}

/** The options page: follows the injected settings state, in the reader's language and theme. */
export function OptionsRoot({ state, browserLanguages }: OptionsRootProps) {
  const snapshot = useOptions(state);
  const lang = resolveLanguage(snapshot.settings.uiLanguage, browserLanguages);
  const t = useMemo(() => createTranslator(lang), [lang]);
  return (
    <ThemeFrame lang={lang} theme={snapshot.settings.theme} title={t('optionsTitle')}>
      <OptionsPage
        settings={snapshot.settings}
        loaded={snapshot.loaded}
        notice={snapshot.notice}
        t={t}
        onChange={(patch) => void state.update(patch)}
        onExport={() => state.exportSettings()}
        onImport={(text) => void state.importSettings(text)}
        onImportTooLarge={() => state.refuseImport(t('importTooLarge'))}
      />
    </ThemeFrame>
  );
}
