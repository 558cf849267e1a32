import { describe, expect, it } from 'vitest';
import { hasChineseText } from '../../../lib/detect/has-chinese';
import { parseHTML } from 'linkedom';
import { page, parseHtml } from './parse-html';

describe('hasChineseText', () => {
  it('is true from lang, title or body text', () => {
    expect(hasChineseText(page('<p>hello</p>', '', 'zh-Hant'))).toBe(true);
    expect(hasChineseText(page('<p>hello</p>', '<title>网络安全周</title>', 'en'))).toBe(true);
    expect(hasChineseText(page('<div><p>近年来，网上黑客攻击破坏和网络侵犯公民个人信息犯罪行为严重危害社会安全。</p></div>', '', 'en'))).toBe(true);
  });

  it('is false on an English page and ignores script text', () => {
    expect(hasChineseText(page('<p>Cybersecurity week opens.</p><script>var s = "网络安全网络安全网络安全";</script>', '<title>News</title>', 'en'))).toBe(false);
    expect(hasChineseText(parseHtml('<html><body></body></html>'))).toBe(false);
  });

  it('reads lang as the page wrote it (any case, an underscore), and Chinese text only in a script is not enough', () => {
    expect(hasChineseText(page('<p>hello</p>', '', 'ZH_cn'))).toBe(true);
    expect(hasChineseText(page('<p>hello</p>', '', 'yue-Hant-HK'))).toBe(true);
    expect(hasChineseText(page('<p>hello</p>', '', 'zu'))).toBe(false);
    expect(hasChineseText(page('<p>Cybersecurity week.</p>', '<script>var s = "网络安全";</script>', 'en'))).toBe(false);
  });

  it('answers an English page without touching the root or the body (no element bindings made in a fresh world)', () => {
    const doc = page('<article><h1>Cybersecurity week</h1><p>Police warn of phone scams.</p></article>', '<title>News</title>', 'en');
    // Reads by the test's own code (happy-dom's selectors read the root for themselves, as a
    // browser does natively, in its own world).
    const touched: string[] = [];
    const byTest = () => /has-chinese\.ts/.test(new Error().stack?.split('\n')[3] ?? '');
    for (const key of ['documentElement', 'body', 'head'] as const) {
      let descriptor: PropertyDescriptor | undefined;
      for (let proto = Object.getPrototypeOf(doc) as object | null; proto && !descriptor; proto = Object.getPrototypeOf(proto) as object | null) {
        descriptor = Object.getOwnPropertyDescriptor(proto, key);
      }
      Object.defineProperty(doc, key, {
        get() {
          if (byTest()) touched.push(key);
          return descriptor?.get?.call(doc);
        },
      });
    }
    expect(hasChineseText(doc)).toBe(false);
    expect(touched).toEqual([]);
    // A page with Chinese text still gets its answer from the body.
    doc.querySelector('p')!.textContent = '近年来，网上黑客攻击破坏和网络侵犯公民个人信息犯罪行为严重危害社会安全。';
    expect(hasChineseText(doc)).toBe(true);
  });

  it('reads the body where ranges give no text (linkedom: the command line and the background)', () => {
    const html = '<html lang="en"><head><title>News</title></head><body><p>近年来，网上黑客攻击破坏和网络侵犯公民个人信息犯罪行为严重危害社会安全。</p></body></html>';
    expect(hasChineseText(parseHTML(html).document as unknown as Document)).toBe(true);
    expect(hasChineseText(parseHTML(html.replace(/<p>.*<\/p>/, '<p>Cybersecurity week.</p>')).document as unknown as Document)).toBe(false);
  });

  it('only samples the start of the body (bounded: no full-tree walk)', () => {
    const filler = '<p>Lorem ipsum dolor sit amet.</p>'.repeat(1000);
    expect(hasChineseText(page(`${filler}<p>网络安全为人民，网络安全靠人民。</p>`, '<title>x</title>', 'en'))).toBe(false);
  });
});
