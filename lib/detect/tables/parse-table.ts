// Shared reader for the data files in lib/detect/data: comment lines start with "# " (hash and space, so
// that CSS id selectors such as #zoom are entries), blank lines ignored, one entry a line, tabs between fields.

/** A comment line: "#" alone or "# …". */
export function isCommentLine(line: string): boolean {
  return line === '#' || line.startsWith('# ');
}

/** Rows of a TSV data file (comments and blank lines dropped, fields not trimmed: the data test forbids stray spaces). */
export function parseTable(text: string): string[][] {
  const rows: string[][] = [];
  // Split at \n and drop a \r before it: no regex to build on every page load.
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line === '' || isCommentLine(line)) continue;
    rows.push(line.split('\t'));
  }
  return rows;
}

/** Entries of a one-column list file. */
export function parseList(text: string): string[] {
  return parseTable(text).map((row) => row.join('\t'));
}

/** Inverse of parseTable for rows (no comments). */
export function formatTable(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.join('\t')).join('\n') + '\n';
}
