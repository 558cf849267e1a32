import { render } from 'preact';
import { browser } from 'wxt/browser';
import { browserLanguages } from '@/lib/i18n/browser-languages';
import { PanelRoot } from '@/components/panel-root';
import { createBrowserPanelDeps } from '@/lib/panel/browser-deps';
import { createPanelState } from '@/lib/panel/state';

// Thin on purpose: the state (with the real extension behind it) and the root component.
// The <title> holds the manifest's message key (WXT makes it the sidebar's title); show its text.
document.title = browser.i18n.getMessage('panelTitle') || 'Article summary';
const root = document.getElementById('app');
if (root) {
  const state = createPanelState(createBrowserPanelDeps(window));
  render(<PanelRoot state={state} browserLanguages={browserLanguages(window.navigator)} />, root);
}
