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

/** The host a site rule is keyed by (lower case), or null for pages that cannot have one. */
export function siteHostOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    // The content script looks rules up by `location.hostname` (no port), so the panel keys them the same way.
    return u.hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}
