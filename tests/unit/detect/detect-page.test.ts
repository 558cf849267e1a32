import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/detect/index';
import { page } from './parse-html';

const BODY = `<h1>全市开展网络安全检查</h1><div class="info">2024-05-06 09:00</div>
<div class="TRS_Editor"><p>近日，市委网信办会同公安、通信管理等部门开展网络安全检查，覆盖重点行业单位。</p>
<p>检查发现的问题隐患已全部反馈相关单位，并限期完成整改，确保网络安全形势总体平稳。</p></div>`;

describe('detectPage', () => {
  it('reads guideline meta tags whatever their attribute order and case', () => {
    const head = '<META CONTENT="3302000033" NAME="SITEIDCODE"><meta content="www.nbgaj.gov.cn" name="sitedomain"><meta name="ArticleTitle" content="标题甲"><meta name="PUBDATE" content="2024-05-06 09:00">';
    const r = detectPage(page(BODY, head), 'https://www.nbgaj.gov.cn/art/1.html');
    expect(r.evidence.find((e) => e.id === 'meta-site-id-code')?.weight).toBe(3);
    expect(r.metadata).toMatchObject({ title: '标题甲', siteCode: '3302000033', published: '2024-05-06T09:00:00+08:00' });
  });

  it('a blue conac badge (public institution) weighs little', () => {
    const r = detectPage(page(`${BODY}<div class="footer"><a href="https://bszs.conac.cn/sitename?method=show&id=1" title="事业单位">事业单位</a></div>`), 'https://www.example-daily.com.cn/a.html');
    expect(r.evidence.find((e) => e.id === 'conac-badge')?.weight).toBe(0.5);
    expect(r.kind).toBe('other');
  });

  it('a copied SiteIDCode on another host is not enough for government', () => {
    const head = '<meta name="SiteIDCode" content="3302000033"><meta name="SiteDomain" content="www.nbgaj.gov.cn"><meta name="SiteName" content="宁波市公安局">';
    const r = detectPage(page(BODY, head), 'https://mirror.example.com/a.html');
    expect(r.kind).toBe('other');
    expect(r.evidence.find((e) => e.id === 'meta-site-id-code')?.detail).toMatch(/not this host/);
  });

  it('Hong Kong gateway pages count for their original government host', () => {
    const r = detectPage(page(BODY), 'https://sc.isd.gov.hk/TuniS/www.info.gov.hk/gia/general/202409/12/P1.htm');
    expect(r.kind).toBe('government');
    expect(r.evidence[0]?.detail).toMatch(/www\.info\.gov\.hk.*gateway/);
  });

  it('self-media paths on portals are other even with press text', () => {
    const body = `<h1>标题</h1><div class="post_body"><p>本报讯（记者 张三）近日，警方破获一起电信诈骗案，抓获犯罪嫌疑人十名，涉案金额巨大。</p><p>警方提醒广大群众提高警惕，谨防各类新型诈骗手法。</p></div><div class="footer">互联网新闻信息服务许可证：44120180001</div>`;
    const r = detectPage(page(body), 'https://www.163.com/dy/article/ABCDEF.html');
    expect(r.kind).toBe('other');
    expect(r.evidence.map((e) => e.id)).toEqual(expect.arrayContaining(['press-body-opener', 'press-licence-footer', 'self-media']));
  });

  it('metadata: absent fields are null, authors empty', () => {
    const r = detectPage(page('<p>Hello</p>', '', 'en'), '');
    expect(r.metadata).toEqual({ title: null, site: null, source: null, published: null, authors: [], editor: null, section: null, url: null, siteCode: null });
    expect(r).toMatchObject({ kind: 'other', script: 'none', isArticle: false, hasChinese: false });
  });

  it('resolves a relative canonical URL against the page URL', () => {
    const r = detectPage(page(BODY, '<link rel="canonical" href="/art/c.html">'), 'https://www.example.gov.cn/art/1.html?from=share');
    expect(r.metadata.url).toBe('https://www.example.gov.cn/art/c.html');
  });

  it('canonical URL wins over the page URL', () => {
    const r = detectPage(page(BODY, '<link rel="canonical" href="https://www.example.gov.cn/art/canonical.html">'), 'https://www.example.gov.cn/art/1.html?from=share');
    expect(r.metadata.url).toBe('https://www.example.gov.cn/art/canonical.html');
  });
});

describe('detectPage on odd documents', () => {
  it('survives unclosed tags nested deeper than the walk limit (happy-dom itself overflows near 5000)', () => {
    const deep = `${'<font>'.repeat(1500)}网络安全为人民，网络安全靠人民。`;
    const r = detectPage(page(`<div class="TRS_Editor"><p>近日，市委网信办会同公安、通信管理等部门开展网络安全检查，覆盖重点行业单位和重要信息系统。</p><p>检查发现的问题隐患已全部反馈相关单位，并限期完成整改，确保网络安全。</p></div>${deep}`), 'https://www.example.gov.cn/a.html');
    expect(r.kind).toBe('government');
  });

  it('handles a document without a body and an empty document', () => {
    const noBody = new DOMParser().parseFromString('<html><head><title>网络安全</title></head></html>', 'text/html');
    expect(() => detectPage(noBody, 'https://x.gov.cn/')).not.toThrow();
    const empty = document.implementation.createHTMLDocument('');
    expect(detectPage(empty, 'not a url')).toMatchObject({ kind: 'other', hasChinese: false, isArticle: false });
  });
});
