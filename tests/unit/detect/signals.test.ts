import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSignalContext } from '../../../lib/detect/context';
import { SIGNALS } from '../../../lib/detect/signals';
import { page, ROOT } from './parse-html';

describe('signals', () => {
  it('one file per signal, named by its id, all listed once', () => {
    const files = readdirSync(join(ROOT, 'lib/detect/signals'))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.slice(0, -3))
      .sort();
    const ids = SIGNALS.map((s) => s.id);
    expect([...ids].sort()).toEqual(files);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('every signal reports evidence of its own kind and id, and nothing on an empty page', () => {
    const ctx = createSignalContext(page(''), 'https://www.example.com/');
    for (const s of SIGNALS) expect(s.detect(ctx), s.id).toBeNull();
  });

  const cases: [string, string, string, string][] = [
    ['host-gov-suffix', '', 'https://gaj.ningbo.gov.cn/x.html', ''],
    ['host-gov-suffix', '', 'https://sc.isd.gov.hk/TuniS/www.info.gov.hk/gia/x.htm', ''],
    ['meta-site-id-code', '<meta content="3302000033" name="SiteIDCode"><meta name="SiteDomain" content="www.nbgaj.gov.cn">', 'http://www.nbgaj.gov.cn/', ''],
    ['conac-badge', '', 'https://x.org.cn/', '<a href="https://bszs.conac.cn/sitename?method=show&id=1"><img src="red.png"></a>'],
    ['gov-error-link', '', 'https://x.org.cn/', '<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=bm07000001">找错</a>'],
    ['footer-site-code', '', 'https://x.org.cn/', '<div class="footer">网站标识码：1400000045</div>'],
    ['press-licence-footer', '', 'https://x.com/', '<footer>互联网新闻信息服务许可证：11120170001</footer>'],
    ['press-body-opener', '', 'https://x.com/', '<div class="article-content"><p>新华社北京9月12日电 记者从公安部获悉，全国公安机关开展专项行动，破获一批侵犯公民个人信息案件。</p><p>公安部有关负责人表示，将持续加大打击力度，切实保护群众合法权益。</p></div>'],
    ['forum-platform', '<meta name="generator" content="Discuz! X3.4">', 'https://bbs.x.com/thread-1-1-1.html', '<div id="postlist"></div>'],
    ['self-media', '', 'https://www.163.com/dy/article/ABC.html', ''],
    ['shop', '<meta property="og:type" content="product">', 'https://x.com/item/1', '<a>加入购物车</a>'],
    ['icp-record', '', 'https://x.com/', '<footer>京ICP备12345678号</footer>'],
  ];
  for (const [id, head, url, body] of cases) {
    it(`${id} fires on its example (${url})`, () => {
      const signal = SIGNALS.find((s) => s.id === id);
      const e = signal?.detect(createSignalContext(page(body, head), url));
      expect(e?.id).toBe(id);
      expect(e?.kind).toBe(signal?.kind);
    });
  }

  it('rejects placeholder SiteIDCodes and a SiteDomain that is not the host', () => {
    const s = SIGNALS.find((x) => x.id === 'meta-site-id-code');
    const placeholder = s?.detect(createSignalContext(page('', '<meta name="SiteIDCode" content="0000000000">'), 'https://x.com/'));
    expect(placeholder?.weight).toBe(0);
    const copied = s?.detect(createSignalContext(page('', '<meta name="SiteIDCode" content="3302000033"><meta name="SiteDomain" content="www.nbgaj.gov.cn">'), 'https://copy.example.com/'));
    expect(copied?.weight).toBe(0.5);
  });

  it('never counts ICP备 / 公网安备 for government', () => {
    const ctx = createSignalContext(page('<footer>浙ICP备05012345号 浙公网安备 33021202000123号</footer>'), 'https://blog.example.cn/');
    const evidence = SIGNALS.map((s) => s.detect(ctx)).filter((e) => e !== null);
    expect(evidence.filter((e) => e.kind === 'government')).toEqual([]);
    expect(evidence.find((e) => e.id === 'icp-record')?.weight).toBe(0);
  });
});
