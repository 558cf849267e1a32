import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPageRewriter, type PageRewriter, type Transform } from '@/lib/dom/rewriter';
import { createLangSwitcher } from '@/lib/dom/lang';
import { hasHan } from '@/lib/dom/han';

const TABLE: Record<string, string> = { 网: '網', 络: '絡', 与: '與', 队: '隊', 发: '發', 这: '這' };
const toTraditional: Transform = async (texts) => texts.map((t) => [...t].map((c) => TABLE[c] ?? c).join(''));

function snapshot(doc: Document): string {
  const out: string[] = [doc.title];
  const walker = doc.createTreeWalker(doc.documentElement, 1 | 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 3) out.push(`#${(n as Text).data}`);
    else for (const a of Array.from((n as Element).attributes)) out.push(`@${a.name}=${a.value}`);
  }
  return out.join('|');
}

const settle = () => new Promise((r) => setTimeout(r, 20));

let rewriter: PageRewriter | null = null;
afterEach(() => {
  rewriter?.dispose();
  rewriter = null;
  document.documentElement.removeAttribute('lang');
  document.head.replaceChildren();
  document.body.replaceChildren();
});

function setup(html: string): PageRewriter {
  const parsed = new DOMParser().parseFromString(`<!doctype html><html><head><title>网络安全</title></head><body>${html}</body></html>`, 'text/html');
  document.head.replaceChildren(...Array.from(parsed.head.childNodes).map((n) => document.importNode(n, true)));
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
  rewriter = createPageRewriter({ doc: document, accept: hasHan });
  return rewriter;
}

describe('page rewriter', () => {
  it('converts text, title and readable attributes, and restores them exactly', async () => {
    const r = setup('<p title="网络">网络与<b>安全</b></p><img alt="网安支队"><input placeholder="这里" value="网络">');
    const before = snapshot(document);
    await r.apply(toTraditional);
    expect(document.body.textContent).toBe('網絡與安全');
    expect(document.title).toBe('網絡安全');
    expect(document.querySelector('p')!.getAttribute('title')).toBe('網絡');
    expect(document.querySelector('img')!.getAttribute('alt')).toBe('網安支隊');
    expect((document.querySelector('input') as HTMLInputElement).value).toBe('网络');
    r.restore();
    expect(snapshot(document)).toBe(before);
  });

  it('never touches code, editable or no-translate regions', async () => {
    const r = setup(
      '<pre>网络</pre><code>网络</code><textarea>网络</textarea><div contenteditable="true">网络</div>' +
        '<span translate="no">网络</span><span class="notranslate">网络</span><script>var a="网络"</script>' +
        '<svg><text>网络</text></svg><p>网络</p>',
    );
    await r.apply(toTraditional);
    const texts = Array.from(document.body.querySelectorAll('pre,code,textarea,div,span,script,text')).map((e) => e.textContent);
    expect(texts.every((t) => t?.includes('网络'))).toBe(true);
    expect(document.querySelector('p')!.textContent).toBe('網絡');
  });

  it('converts content the page adds later', async () => {
    const r = setup('<div id="feed"><p>网络</p></div>');
    await r.apply(toTraditional);
    const p = document.createElement('p');
    p.textContent = '新发的网络消息';
    document.getElementById('feed')!.append(p);
    await settle();
    expect(p.textContent).toBe('新發的網絡消息');
    r.restore();
    expect(p.textContent).toBe('新发的网络消息');
  });

  it('lets the page keep text it rewrote after conversion', async () => {
    const r = setup('<p id="a">网络</p><p id="b">网络</p>');
    await r.apply(toTraditional);
    const a = document.getElementById('a')!.firstChild as Text;
    r.dispose(); // no observer: the page's write must still win at restore
    a.data = 'page text';
    r.restore();
    expect(a.data).toBe('page text');
    expect(document.getElementById('b')!.textContent).toBe('网络');
  });

  it('treats a page rewrite as the new original while converting', async () => {
    const r = setup('<p id="a">网络</p>');
    await r.apply(toTraditional);
    const a = document.getElementById('a')!.firstChild as Text;
    a.data = '这网络';
    await settle();
    expect(a.data).toBe('這網絡');
    r.restore();
    expect(a.data).toBe('这网络');
  });

  it('stops fighting a page that keeps putting its text back', async () => {
    const r = setup('<p id="a">网络</p>');
    let writes = 0;
    const a = document.getElementById('a')!.firstChild as Text;
    const guard = new MutationObserver(() => {
      if (a.data !== '网络' && writes < 20) {
        writes++;
        a.data = '网络';
      }
    });
    guard.observe(a, { characterData: true });
    await r.apply(toTraditional);
    for (let i = 0; i < 10; i++) await settle();
    guard.disconnect();
    expect(writes).toBeLessThanOrEqual(4);
    expect(a.data).toBe('网络');
  });

  it('never writes a node that already shows the converted text', async () => {
    const r = setup('<p id="a">網絡</p><p id="b">网络</p>');
    const seen: string[] = [];
    const spy = new MutationObserver((records) => records.forEach((m) => seen.push((m.target as Text).data ?? '')));
    spy.observe(document.body, { subtree: true, characterData: true });
    await r.apply(toTraditional);
    await settle();
    spy.disconnect();
    expect(seen).toEqual(['網絡']);
  });

  it('converts inside open shadow roots', async () => {
    const r = setup('<div id="host"></div>');
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = '网络';
    root.append(p);
    await r.apply(toTraditional);
    expect(p.textContent).toBe('網絡');
    r.restore();
    expect(p.textContent).toBe('网络');
  });

  it('re-applies from the originals when the target changes', async () => {
    const r = setup('<p>网络</p>');
    await r.apply(toTraditional);
    await r.apply(async (texts) => texts.map((t) => `[${t}]`));
    expect(document.querySelector('p')!.textContent).toBe('[网络]');
    r.restore();
    expect(document.querySelector('p')!.textContent).toBe('网络');
  });

  it('gives the original text of converted nodes', async () => {
    const r = setup('<p>网络</p>');
    await r.apply(toTraditional);
    expect(r.originalOf(document.querySelector('p')!.firstChild as Text)).toBe('网络');
  });
});

describe('lang switcher', () => {
  it('sets zh-Hant and restores the exact attributes', () => {
    document.documentElement.setAttribute('lang', 'zh-CN');
    for (const lang of ['zh-cn', 'en', '']) {
      const p = document.createElement('p');
      if (lang) p.setAttribute('lang', lang);
      document.body.append(p);
    }
    const langs = createLangSwitcher(document);
    langs.set('zh-Hant');
    expect(document.documentElement.lang).toBe('zh-Hant');
    expect(document.querySelector('p')!.getAttribute('lang')).toBe('zh-Hant');
    expect(document.querySelectorAll('p')[1]!.getAttribute('lang')).toBe('en');
    expect(langs.originalOf(document.documentElement)).toBe('zh-CN');
    langs.restore();
    expect(document.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(document.querySelector('p')!.getAttribute('lang')).toBe('zh-cn');
  });

  it('removes a lang it added', () => {
    document.documentElement.removeAttribute('lang');
    const langs = createLangSwitcher(document);
    langs.set('zh-Hans');
    langs.restore();
    expect(document.documentElement.hasAttribute('lang')).toBe(false);
  });
});

describe('page rewriter, whole-page passes', () => {
  it('runs the once-per-pass change just before the first write, and at the end of a pass that writes nothing', async () => {
    const r = setup('<p>网络</p><p>安全</p>');
    const seen: string[] = [];
    await r.apply(toTraditional, () => seen.push(document.body.textContent ?? ''));
    // Called once, while the page still showed its own text: the first write came right after.
    expect(seen).toEqual(['网络安全']);
    expect(document.body.textContent).toBe('網絡安全');
    r.dispose();
    const quiet = setup('<p>安全</p>');
    let calls = 0;
    await quiet.apply(toTraditional, () => calls++);
    expect(calls).toBe(1);
  });

  it('writes the first batch as soon as it is converted, the others once all are, with the once-per-pass change', async () => {
    // Three batches of 200,000 characters or more: (title, 1, 2), (3, 4), (5).
    const long = '网'.repeat(120_000);
    const r = setup(`<p>${long}</p>`.repeat(5));
    const paragraphs = Array.from(document.querySelectorAll('p'));
    const shown = () => paragraphs.map((p) => p.textContent!.startsWith('網'));
    const shownWhenAsked: boolean[][] = [];
    const slow: Transform = async (texts) => {
      shownWhenAsked.push(shown());
      return toTraditional(texts, []);
    };
    // The page's lang changes with the last writes: the whole page is laid out again once, not
    // after the first batch and again after the rest.
    const shownAtChange: boolean[][] = [];
    await r.apply(slow, () => shownAtChange.push(shown()));
    expect(shownAtChange).toEqual([[true, true, false, false, false]]);
    // Asked for batch 2 once batch 1 was on the page; for batch 3 while batch 2 still waited.
    expect(shownWhenAsked.slice(0, 3)).toEqual([
      [false, false, false, false, false],
      [true, true, false, false, false],
      [true, true, false, false, false],
    ]);
    expect(paragraphs.every((p) => p.textContent!.startsWith('網'))).toBe(true);
  });
});

describe('page rewriter and its observer', () => {
  it('makes no mutation records of its own writes, and still sees the page change', async () => {
    const delivered: number[] = [];
    const Native = globalThis.MutationObserver;
    class Counting extends Native {
      constructor(callback: MutationCallback) {
        super((records, observer) => {
          delivered.push(records.length);
          callback(records, observer);
        });
      }
    }
    vi.stubGlobal('MutationObserver', Counting);
    try {
      const r = setup('<p>网络</p><p title="网络">安全</p>');
      await r.apply(toTraditional);
      await settle();
      expect(document.body.textContent).toBe('網絡安全');
      expect(delivered.reduce((a, b) => a + b, 0)).toBe(0);
      document.querySelector('p')!.textContent = '队伍';
      await settle();
      expect(document.querySelector('p')!.textContent).toBe('隊伍');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
