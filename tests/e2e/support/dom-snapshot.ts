import type { Page } from 'puppeteer-core';

/**
 * Everything a reader or a script could read back from the page, in document order: every text
 * node (shadow roots included), every attribute of every element, and document.title.
 */
export function snapshotDom(page: Page): Promise<string> {
  return page.evaluate(() => {
    const out: string[] = [document.title];
    const visit = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.nodeType === Node.TEXT_NODE) out.push(`#${(n as Text).data}`);
        else {
          const el = n as Element;
          out.push(`<${el.tagName}`);
          for (const a of Array.from(el.attributes)) out.push(`@${a.name}=${a.value}`);
          if (el.shadowRoot) visit(el.shadowRoot);
        }
      }
    };
    visit(document.documentElement);
    return out.join('\n');
  });
}

/** The visible text of the page's body. */
export function bodyText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}
