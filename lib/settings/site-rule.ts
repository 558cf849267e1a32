import type { Target } from '@/lib/convert/types';
import type { Settings } from './types';

export interface AutoDecision {
  /** The script to convert to on load, or null to leave the page as it is. */
  target: Target | null;
  reason: 'site-always' | 'site-never' | 'auto-news' | 'no-preference' | 'not-news' | 'auto-off';
}

/**
 * What to do when a page loads. Site rules beat the default; the default auto mode converts
 * government and press pages once the reader has picked a preferred script.
 */
export function decideAutoConversion(settings: Settings, host: string, kind: 'government' | 'press' | 'other'): AutoDecision {
  const rule = settings.siteRules[host.toLowerCase()] ?? 'default';
  if (rule === 'never') return { target: null, reason: 'site-never' };
  if (settings.preferredTarget === null) return { target: null, reason: 'no-preference' };
  if (rule === 'always') return { target: settings.preferredTarget, reason: 'site-always' };
  if (!settings.autoConvertNews) return { target: null, reason: 'auto-off' };
  if (kind === 'other') return { target: null, reason: 'not-news' };
  return { target: settings.preferredTarget, reason: 'auto-news' };
}
