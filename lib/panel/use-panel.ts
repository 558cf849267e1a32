import type { PanelSnapshot, PanelState } from './state';
import { useStore } from './use-store';

/** The panel's hook: follows a panel state (wired to messaging by `createBrowserPanelDeps`). */
export function usePanel(state: PanelState): PanelSnapshot {
  return useStore(state);
}
