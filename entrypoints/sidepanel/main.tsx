import { render } from 'preact';
import { browserLanguages } from '@/lib/i18n/browser-languages';
import { PanelRoot } from '@/components/panel-root';
import { createBrowserPanelDeps } from '@/lib/panel/browser-deps';
import { createPanelState } from '@/lib/panel/state';

// Thin on purpose: the state (with the real extension behind it) and the root component.
const root = document.getElementById('app');
if (root) {
  const state = createPanelState(createBrowserPanelDeps(window));
  render(<PanelRoot state={state} browserLanguages={browserLanguages(window.navigator)} />, root);
}
