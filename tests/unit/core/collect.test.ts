import { describe, expect, it } from 'vitest';
import { collectTargets, collectTargetsSliced } from '@/lib/dom/collect';
import type { TextTarget } from '@/lib/dom/targets';

// collectTargets and collectTargetsSliced are one walk, taken in one go or in slices: both must find
// the same places in the same order.
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
    it(`finds what the sliced walk finds, in order (page ${i + 1})`, async () => {
      const doc = page(html);
      for (const accept of [undefined, (t: string) => t.length > 0]) {
        const expected = describeTargets(await collectTargetsSliced(doc.documentElement, { accept }, 0));
        expect(describeTargets(collectTargets(doc.documentElement, { accept }))).toEqual(expected);
        expect(describeTargets(collectTargets(doc.body, { accept }))).toEqual(describeTargets(await collectTargetsSliced(doc.body, { accept }, 0)));
      }
      expect(collectTargets(doc.documentElement).length).toBeGreaterThan(0);
    });
  }

  it('goes into open shadow roots, reports them, and starts from a text node', async () => {
    const doc = page('<div id="host">外</div><p>后面</p>');
    const host = doc.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.appendChild(doc.createElement('p')).textContent = '影子里';
    const seen: ShadowRoot[] = [];
    const got = describeTargets(collectTargets(doc.body, { onShadowRoot: (r) => seen.push(r) }));
    expect(got).toEqual(describeTargets(await collectTargetsSliced(doc.body, {}, 0)));
    expect(got).toEqual(['#影子里', '#外', '#后面']);
    expect(seen).toEqual([shadow]);
    expect(describeTargets(collectTargets(doc.body.lastChild!.firstChild!))).toEqual(['#后面']);
  });

  it('resumes where it stopped when taken in slices (more targets than one slice, shadow roots between)', async () => {
    const doc = page('');
    for (let i = 0; i < 1500; i++) {
      const p = doc.body.appendChild(doc.createElement('p'));
      p.textContent = `第${i}段`;
      if (i % 300 === 0) p.attachShadow({ mode: 'open' }).appendChild(doc.createElement('b')).textContent = `影${i}`;
    }
    const sliced = describeTargets(await collectTargetsSliced(doc.body, {}, 0));
    expect(sliced).toEqual(describeTargets(collectTargets(doc.body)));
    expect(sliced).toHaveLength(1505);
    expect(sliced.slice(0, 3)).toEqual(['#影0', '#第0段', '#第1段']);
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
