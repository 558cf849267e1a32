import { describe, expect, it } from 'vitest';
import { hasChineseText } from '../../../lib/detect/has-chinese';
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

  it('only samples the start of the body (bounded: no full-tree walk)', () => {
    const filler = '<p>Lorem ipsum dolor sit amet.</p>'.repeat(1000);
    expect(hasChineseText(page(`${filler}<p>网络安全为人民，网络安全靠人民。</p>`, '<title>x</title>', 'en'))).toBe(false);
  });
});
