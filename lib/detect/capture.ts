import { captureMarkup } from './markup';
import { snapshotPage, type PageSnapshot } from './snapshot';

/**
 * What a page sends to be classified. Usually its markup: the background parses it (linkedom) and
 * takes the snapshot there, off the page's main thread. The markup is one native call in the page
 * (about 0.3 ms for a news page), where walking the DOM in the content script's fresh world costs
 * milliseconds of cold code and element bindings on every page load. A very large document sends
 * the snapshot taken here instead: its markup would be megabytes to copy and to parse.
 */
export type PageCapture = { url: string; html: string } | { url: string; snapshot: PageSnapshot };

/** The capture of `doc` (whose address is `url`), a page known to have Chinese text. */
export function capturePage(doc: Document, url: string): PageCapture {
  return captureMarkup(doc, url) ?? { url, snapshot: snapshotPage(doc, url, true).snapshot };
}
