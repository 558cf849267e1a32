import { describe, expect, it } from 'vitest';
import { collectTargets, walkTargets } from '@/lib/dom/collect';
import type { TextTarget } from '@/lib/dom/targets';

// collectTargets is the one-go form of walkTargets (a generator over a filtered TreeWalker, kept
// for the sliced pass): both must find the same places in the same order.
function describeTargets(targets: TextTarget[]): string[] {
  return targets.map((t) => (t.kind === 'text' ? `#${t.node.data}` : `@${t.el.tagName}.${t.name}=${t.el.getAttribute(t.name)}`));
}

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html; // test markup, not page text
  return doc;
}

const PAGES = [
  '<p>网络安全</p><p>plain</p><div title="标题" alt="x"><span>公安部</span>English<b>数据</b></div>',
  '<script>var a = "网络";</script><style>p{}</style><p>前<code>代码</code>后</p><pre>预格式</pre><textarea>输入</textarea>',
  '<div translate="no">不译<p>也不译</p></div><p class="notranslate">不</p><p data-zhc-ignore>忽略</p><p contenteditable>编辑</p><p contenteditable="false">可读</p>',
  '<ul><li>一<ul><li>二<ul><li>三</li></ul>四</li></ul>五</li></ul><img alt="图片说明" src="a.png"><input placeholder="搜索"><button aria-label="关闭">×</button>',
  '<!-- 注释 --><svg><text>图表</text></svg><p>尾<!-- c -->巴</p><template><p>模板</p></template>',
];

describe('collectTargets', () => {
  for (const [i, html] of PAGES.entries()) {
    it(`finds what walkTargets finds, in order (page ${i + 1})`, () => {
      const doc = page(html);
      for (const accept of [undefined, (t: string) => t.length > 0]) {
        const expected = describeTargets([...walkTargets(doc.documentElement, { accept })]);
        expect(describeTargets(collectTargets(doc.documentElement, { accept }))).toEqual(expected);
        expect(describeTargets(collectTargets(doc.body, { accept }))).toEqual(describeTargets([...walkTargets(doc.body, { accept })]));
      }
      expect(collectTargets(doc.documentElement).length).toBeGreaterThan(0);
    });
  }

  it('goes into open shadow roots, reports them, and starts from a text node', () => {
    const doc = page('<div id="host">外</div><p>后面</p>');
    const host = doc.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.appendChild(doc.createElement('p')).textContent = '影子里';
    const seen: ShadowRoot[] = [];
    const got = describeTargets(collectTargets(doc.body, { onShadowRoot: (r) => seen.push(r) }));
    expect(got).toEqual(describeTargets([...walkTargets(doc.body)]));
    expect(got).toEqual(['#影子里', '#外', '#后面']);
    expect(seen).toEqual([shadow]);
    expect(describeTargets(collectTargets(doc.body.lastChild!.firstChild!))).toEqual(['#后面']);
  });

  it('handles trees thousands of levels deep', () => {
    const doc = page('');
    let el: Element = doc.body;
    for (let i = 0; i < 5000; i++) el = el.appendChild(doc.createElement('font'));
    el.textContent = '深处';
    doc.body.appendChild(doc.createElement('p')).textContent = '之后';
    expect(describeTargets(collectTargets(doc.body))).toEqual(['#深处', '#之后']);
  });
});
