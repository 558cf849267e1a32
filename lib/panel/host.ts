/** Pages where the content script never runs: it matches http(s) only, and stores are off limits. */
export function isRestrictedUrl(url: string): boolean {
  return !/^https?:/i.test(url) || /^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org)\//i.test(url);
}
