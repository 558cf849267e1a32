/**
 * Saves text as a file: a Blob behind an `<a download>` made with DOM APIs, clicked, then removed.
 * Takes the document it works in so tests can give their own.
 */
export function downloadText(doc: Document, fileName: string, mime: string, text: string): void {
  const win = doc.defaultView;
  if (!win) return;
  const url = win.URL.createObjectURL(new win.Blob([text], { type: `${mime};charset=utf-8` }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  (doc.body ?? doc.documentElement).append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a turn later is enough.
  win.setTimeout(() => win.URL.revokeObjectURL(url), 1000);
}

/** `summary-www.nbpolice.gov.cn-2026-11-22.md`: host and access date, safe on every file system. */
export function summaryFileName(url: string, date: string, extension: string): string {
  let host = 'page';
  try {
    host = new URL(url).hostname || 'page';
  } catch {
    // Not a URL: keep the generic name.
  }
  const safe = host.replace(/[^a-z0-9.-]/gi, '_').slice(0, 80);
  return `summary-${safe}-${date}.${extension}`;
}
