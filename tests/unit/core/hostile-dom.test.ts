import { describe, expect, it } from 'vitest';
import { collectTargets } from '@/lib/dom/collect';

describe('target walk on hostile page shapes', () => {
  it('walks 3,000 nested open shadow roots in document order', () => {
    document.body.innerHTML = '';
    let host: Element = document.body.appendChild(document.createElement('div'));
    const expected: string[] = [];
    const hosts: Element[] = [host];
    for (let i = 0; i < 3000; i++) {
      const root = host.attachShadow({ mode: 'open' });
      const p = root.appendChild(document.createElement('p'));
      p.textContent = `第${i}层网络`;
      expected.push(p.textContent);
      host = root.appendChild(document.createElement('div'));
      hosts.push(host);
    }
    const after = document.body.appendChild(document.createElement('p'));
    after.textContent = '影子树之后的网络';
    expected.push(after.textContent);
    const seen: ShadowRoot[] = [];
    const texts = collectTargets(document.body, { onShadowRoot: (r) => seen.push(r) }).map((t) => (t.kind === 'text' ? t.node.data : ''));
    expect(texts).toEqual(expected);
    expect(seen).toHaveLength(3000);
    // Taken down from the inside out: happy-dom disconnects a subtree recursively.
    for (const h of hosts.reverse()) h.remove();
  });

  it('skips rejected subtrees whole, and the root element\'s shadow root comes before its children', () => {
    document.body.innerHTML = '<div id="r" title="网络标题"><script>var 网络 = 1;</script><p>网络一</p><div translate="no"><p>网络不译</p></div><p>网络二</p></div><p>网络三</p>';
    const r = document.getElementById('r')!;
    r.attachShadow({ mode: 'open' }).innerHTML = '<span>影子网络</span><slot></slot>';
    const out = collectTargets(r).map((t) => (t.kind === 'text' ? t.node.data : `@${t.name}`));
    expect(out).toEqual(['@title', '影子网络', '网络一', '网络二']);
  });
});
