import { describe, expect, it } from 'vitest';
import { langFamily, sourceFor, traditionalVariant, traditionalVariantOf } from '@/lib/content/sources';
import { preferredTraditional } from '@/lib/settings/preferred-traditional';
import { buildTextMap, rangeForSpan } from '@/lib/dom/text-map';

describe('conversion sources', () => {
  it('reads the Traditional variant from lang and host', () => {
    expect(traditionalVariant('www.police.gov.hk', '')).toBe('hk');
    expect(traditionalVariant('www.fsm.gov.mo', '')).toBe('hk');
    expect(traditionalVariant('www.cib.gov.tw', '')).toBe('tw');
    expect(traditionalVariant('example.com', 'zh-TW')).toBe('tw');
    expect(traditionalVariant('example.com', 'zh-Hant')).toBe('t');
  });

  it("reads a site's variant from its address alone, and the reader's Traditional from their choice", () => {
    expect(traditionalVariantOf('https://www.police.gov.hk/ppp_tc/')).toBe('hk');
    expect(traditionalVariantOf('http://www.cib.gov.tw/News')).toBe('tw');
    expect(traditionalVariantOf('not an address')).toBe('t');
    expect(preferredTraditional(null)).toBe('tw');
    expect(preferredTraditional('cn')).toBe('tw');
    expect(preferredTraditional('hk')).toBe('hk');
    expect(preferredTraditional('t')).toBe('t');
  });

  it('knows the family a lang declares', () => {
    expect(langFamily('zh-Hant-TW')).toBe('traditional');
    expect(langFamily('zh-HK')).toBe('traditional');
    expect(langFamily('zh-CN')).toBe('simplified');
    expect(langFamily('zh')).toBe(null);
    expect(langFamily('en')).toBe(null);
  });

  it('leaves text alone that is already in the target script', () => {
    expect(sourceFor('tw', 'traditional', null, 'tw')).toBe(null);
    expect(sourceFor('cn', 'simplified', null, 't')).toBe(null);
    expect(sourceFor('tw', 'simplified', null, 't')).toBe('cn');
    expect(sourceFor('cn', 'traditional', null, 'hk')).toBe('hk');
  });

  it('lets an element lang override the page script', () => {
    expect(sourceFor('cn', 'simplified', 'zh-TW', 'tw')).toBe('tw');
    expect(sourceFor('tw', 'traditional', 'zh-CN', 'tw')).toBe('cn');
  });

  it('converts mixed pages both ways', () => {
    expect(sourceFor('tw', 'mixed', null, 't')).toBe('cn');
    expect(sourceFor('cn', 'mixed', null, 't')).toBe('t');
  });
});

describe('text map', () => {
  // The window's own document: happy-dom's Range.toString() reads only from it.
  function doc(html: string): Document {
    const parsed = new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
    document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
    return document;
  }

  it('joins text nodes with a newline between blocks and maps spans back to ranges', () => {
    const d = doc('<p>宁波市公安局<b>网安支队</b></p><p>共侦破案件31起</p>');
    const map = buildTextMap(d.body, (n) => n.data);
    expect(map.text).toBe('宁波市公安局网安支队\n共侦破案件31起');
    const start = map.text.indexOf('公安局网安');
    const range = rangeForSpan(map, start, start + 5, (n) => n.data)!;
    expect(range.toString()).toBe('公安局网安');
    const s = map.text.indexOf('31起');
    expect(rangeForSpan(map, s, s + 3, (n) => n.data)!.toString()).toBe('31起');
  });

  it('maps original offsets into nodes that now show converted text', () => {
    const d = doc('<p>网络安全</p>');
    const node = d.querySelector('p')!.firstChild as Text;
    const map = buildTextMap(d.body, (n) => n.data);
    node.data = '網絡安全';
    expect(rangeForSpan(map, 0, 2, () => '网络安全')!.toString()).toBe('網絡');
  });

  it('maps original offsets exactly into nodes whose pinyin artifacts are hidden, converted or not', () => {
    const original = '加強網(wǎng)絡(luò)安全，破獲案件31起';
    const d = doc(`<p>${original}</p>`);
    const node = d.querySelector('p')!.firstChild as Text;
    const map = buildTextMap(d.body, (n) => n.data);
    const org = original.indexOf('網');
    const orgEnd = original.indexOf('安全') + 2;
    const stat = original.indexOf('31起');
    node.data = '加強網絡安全，破獲案件31起';
    expect(rangeForSpan(map, org, orgEnd, () => original)!.toString()).toBe('網絡安全');
    expect(rangeForSpan(map, stat, stat + 3, () => original)!.toString()).toBe('31起');
    node.data = '加强网络安全，破获案件31起';
    expect(rangeForSpan(map, stat, stat + 3, () => original)!.toString()).toBe('31起');
    expect(rangeForSpan(map, org, orgEnd, () => original)!.toString()).toBe('网络安全');
  });

  it('skips script and style text', () => {
    const d = doc('<p>正文</p><script>var x = "脚本"</script><style>p{}</style>');
    expect(buildTextMap(d.body, (n) => n.data).text).toBe('正文');
  });
});
