import type { Target } from '@/lib/convert/types';

/**
 * The Traditional variant the reader reads: their preferred script when it is one, Taiwan until
 * they choose (or when they prefer Simplified). What "to Traditional" means for a toggle of a
 * Simplified page and for the selection menu's "as Traditional".
 */
export function preferredTraditional(preferredTarget: Target | null): Target {
  return preferredTarget && preferredTarget !== 'cn' ? preferredTarget : 'tw';
}
