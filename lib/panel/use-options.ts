import type { OptionsSnapshot, OptionsState } from './options-state';
import { useStore } from './use-store';

/** The options page's hook: follows an options state (settings storage behind it). */
export function useOptions(state: OptionsState): OptionsSnapshot {
  return useStore(state);
}
