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

/** Pages where the content script never runs: it matches http(s) only, and stores are off limits. */
export function isRestrictedUrl(url: string): boolean {
  return !/^https?:/i.test(url) || /^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org)\//i.test(url);
}
