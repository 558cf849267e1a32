import { collapseSpace } from './text';

/** Elements that start a new text block (BR included: newspaper lines). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'LI', 'UL', 'OL', 'TD', 'TH', 'TR', 'TABLE', 'DD', 'DT', 'DL',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'FIGURE',
  'FIGCAPTION', 'CENTER', 'FORM', 'MAIN', 'BR', 'HR',
]);
/**
 * Deepest element level the walkers descend to. Unclosed <font>/<div> tags in old CMS templates can nest
 * thousands deep; text below this level is ignored rather than overflowing the stack.
 */
export const MAX_DEPTH = 800;

/** Elements whose text is never page text. */
export const SKIP_TAGS: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'BUTTON', 'IFRAME', 'TEXTAREA']);

/**
 * Text blocks of an element, in document order: a new block starts at every block element and at every
 * <br>, so newspaper text kept as <br>-separated lines gives one block per line. Whitespace collapsed,
 * empty blocks dropped. Stops after `limit` blocks.
 */
export function textBlocks(root: Element, limit = 2000): string[] {
  const out: string[] = [];
  let current = '';
  const flush = (): void => {
    const t = collapseSpace(current);
    if (t && out.length < limit) out.push(t);
    current = '';
  };
  const visit = (node: Node, depth: number): void => {
    if (out.length >= limit) return;
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    if (depth < MAX_DEPTH) for (let kid = node.firstChild; kid; kid = kid.nextSibling) visit(kid, depth + 1);
    if (block) flush();
  };
  visit(root, 0);
  flush();
  return out;
}
