/**
 * Highlights with the CSS Custom Highlight API: ranges are registered by name and painted by
 * `::highlight()` rules in an adopted stylesheet, so the page's DOM is never altered.
 */
export const HIGHLIGHT_NAMES = { stat: 'zhc-stat', org: 'zhc-org', focus: 'zhc-focus' } as const;

const STYLES = `
::highlight(zhc-stat) { background-color: rgba(255, 196, 0, 0.45); color: inherit; }
::highlight(zhc-org) { background-color: rgba(64, 156, 255, 0.35); color: inherit; }
::highlight(zhc-focus) { background-color: rgba(255, 80, 40, 0.75); color: #fff; }
`;

export function isHighlightSupported(win: Window & typeof globalThis): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS !== 'undefined' && 'highlights' in win.CSS;
}

export interface Highlighter {
  show(stats: Range[], orgs: Range[]): void;
  focus(range: Range, ms: number): void;
  clear(): void;
}

export function createHighlighter(doc: Document): Highlighter | null {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win || !isHighlightSupported(win)) return null;
  let sheet: CSSStyleSheet | null = null;
  let focusTimer: ReturnType<typeof setTimeout> | undefined;

  function ensureStyles(): void {
    if (sheet) return;
    sheet = new win!.CSSStyleSheet();
    sheet.replaceSync(STYLES);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  }

  return {
    show(stats, orgs) {
      ensureStyles();
      win.CSS.highlights.set(HIGHLIGHT_NAMES.stat, new win.Highlight(...stats));
      win.CSS.highlights.set(HIGHLIGHT_NAMES.org, new win.Highlight(...orgs));
    },
    focus(range, ms) {
      ensureStyles();
      win.CSS.highlights.set(HIGHLIGHT_NAMES.focus, new win.Highlight(range));
      clearTimeout(focusTimer);
      focusTimer = setTimeout(() => win.CSS.highlights.delete(HIGHLIGHT_NAMES.focus), ms);
    },
    clear() {
      win.CSS.highlights.delete(HIGHLIGHT_NAMES.stat);
      win.CSS.highlights.delete(HIGHLIGHT_NAMES.org);
    },
  };
}
