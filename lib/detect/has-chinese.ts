import { countHan } from './text';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'CODE', 'PRE', 'TEXTAREA']);
const MAX_NODES = 400;
const MAX_CHARS = 3000;

/**
 * The cheap first test run on every page: is there Chinese text here? Looks at <html lang>, the title and
 * a bounded depth-first sample of body text (at most 400 nodes / 3000 characters), never the whole tree.
 */
export function hasChineseText(doc: Document): boolean {
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  if (lang.startsWith('zh') || lang.startsWith('cmn') || lang.startsWith('yue')) return true;
  if (countHan(doc.title ?? '') >= 2) return true;
  const body = doc.body;
  if (!body) return false;
  let visited = 0;
  let chars = 0;
  let han = 0;
  const stack: Node[] = [body];
  while (stack.length > 0 && visited < MAX_NODES && chars < MAX_CHARS) {
    const node = stack.pop() as Node;
    visited++;
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      chars += t.length;
      han += countHan(t);
      if (han >= 10) return true;
      continue;
    }
    if (node.nodeType !== 1 || SKIP.has((node as Element).tagName)) continue;
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  return han >= 10 || (chars > 0 && han >= 2 && han / chars > 0.3);
}
