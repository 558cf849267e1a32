import { render } from 'preact';
import { browserLanguages } from '@/lib/i18n/browser-languages';
import { OptionsRoot } from '@/components/options-root';
import { createBrowserOptionsDeps } from '@/lib/panel/browser-deps';
import { createOptionsState } from '@/lib/panel/options-state';

// Thin on purpose: the settings state (storage behind it) and the root component.
const root = document.getElementById('app');
if (root) {
  const state = createOptionsState(createBrowserOptionsDeps(window));
  render(<OptionsRoot state={state} browserLanguages={browserLanguages(window.navigator)} />, root);
}
