import type { PageCapture } from './capture';

/** Above either bound the page takes its snapshot itself (snapshot.ts bounds what it reads). */
const MAX_MARKUP_ELEMENTS = 15_000;
const MAX_MARKUP_CHARS = 2_000_000;

/**
 * The page's markup as a capture, or null when the document is too large for it (then the page
 * takes its snapshot itself: `capturePage`). The loader sends this at load; it is one native call.
 */
export function captureMarkup(doc: Document, url: string): PageCapture | null {
  const root = doc.documentElement;
  if (!root || doc.getElementsByTagName('*').length > MAX_MARKUP_ELEMENTS) return null;
  // Read, never written: the markup goes to the background's parser as data, and nothing is
  // rendered from it.
  // eslint-disable-next-line no-restricted-properties
  const html = root.outerHTML;
  return html.length <= MAX_MARKUP_CHARS ? { url, html } : null;
}
