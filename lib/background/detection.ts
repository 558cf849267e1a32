import { parseHTML } from 'linkedom';
import { findPinyinArtifacts } from '@/lib/convert/pinyin-artifacts';
import { detectSnapshot } from '@/lib/detect';
import type { PageCapture } from '@/lib/detect/capture';
import { readingText, snapshotPage, type PageSnapshot } from '@/lib/detect/snapshot';
import type { PageVerdict } from '@/lib/messaging/protocol';

/**
 * The snapshot of a page's markup, parsed here with linkedom (a DOM without scripts, layout or
 * network, as in the command line's `detect`): the page's text is only ever data in it.
 */
function snapshotMarkup(html: string, url: string): PageSnapshot {
  const { document } = parseHTML(html);
  return snapshotPage(document as unknown as Document, url, true).snapshot;
}

/** Classifies a page from what its content script captured (lib/detect/capture.ts). */
export function detectCapture(capture: PageCapture): PageVerdict {
  const snapshot = 'html' in capture ? snapshotMarkup(capture.html, capture.url) : capture.snapshot;
  const verdict = detectSnapshot(snapshot);
  // findPinyinArtifacts returns at once on text that cannot hold one.
  return { ...verdict, pinyinArtifacts: findPinyinArtifacts(readingText(snapshot)).length };
}
