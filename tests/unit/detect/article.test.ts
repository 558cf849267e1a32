import { describe, expect, it } from 'vitest';
import { findArticleRegion, isArticleRegion, isListLike } from '../../../lib/detect/article';
import { page } from './parse-html';

const para = (n: number, text = '近日，市公安局网安支队成功破获一起侵犯公民个人信息案，抓获犯罪嫌疑人五名。'): string =>
  Array.from({ length: n }, () => `<p>${text}</p>`).join('');

describe('findArticleRegion', () => {
  it('prefers a known body container', () => {
    const r = findArticleRegion(page(`<div class="nav"><a href="/">首页</a></div><div class="TRS_Editor">${para(3)}</div>`));
    expect(r.selector).toBe('.TRS_Editor');
    expect(r.paragraphs).toBe(3);
  });

  it('finds short Chinese paragraphs by density, leaving out navigation, related links and footers', () => {
    const doc = page(`
      <div class="menu"><a href="/">首页</a><a href="/a">新闻中心</a><a href="/b">政务公开</a></div>
      <div class="main"><div class="wz">${para(4)}</div>
        <div class="related"><ul><li><a href="/1">我市开展网络安全宣传周活动启动仪式</a></li><li><a href="/2">警方提醒谨防电信网络诈骗新手法</a></li></ul></div></div>
      <div class="footer">主办单位：某市人民政府办公室 网站标识码：3302000033</div>`);
    const r = findArticleRegion(doc);
    expect(r.element?.className).toBe('wz');
    expect(r.paragraphs).toBe(4);
    expect(isArticleRegion(r)).toBe(true);
  });

  it('finds a body whose class merely contains a furniture word (.pages_content on www.gov.cn)', () => {
    const r = findArticleRegion(page(`<div class="nav"><a href="/">首页</a></div><div class="pages_content">${para(3)}</div><div class="pages-date">2024-09-13</div>`));
    expect(r.element?.className).toBe('pages_content');
  });

  it('takes <br>-separated lines as paragraphs', () => {
    const r = findArticleRegion(page(`<div class="post"><td>x</td><div class="msg">${'全市公安机关始终把打击黑客攻击破坏和侵犯公民个人信息犯罪工作<br>'.repeat(6)}</div></div>`));
    expect(r.paragraphs).toBe(6);
  });

  it('a list of links is not an article', () => {
    const items = Array.from({ length: 12 }, (_, i) => `<li><a href="/n/${i}.html">多地警方开展夏季治安打击整治行动第${i}期</a></li>`).join('');
    const r = findArticleRegion(page(`<ul class="list">${items}</ul>`));
    expect(isArticleRegion(r)).toBe(false);
  });

  it('tells a feed of dated entries from news paragraphs that start with a date', () => {
    expect(isListLike(['08:01 第1条：宁波公安累计向136家企业发送网络诈骗风险预警提示。', '08:02 第2条：网安支队在一次常态化检测中发现有黑客攻击。', '08:03 第3条：北仑公安分局警企服务中心牵头成立工作站。'])).toBe(true);
    expect(isListLike(['多地警方开展夏季治安打击整治行动 2024-09-12', '公安部公布十起典型案例 2024-09-12', '国家网络安全宣传周开幕 2024-09-11'])).toBe(true);
    expect(isListLike(['9月22日，市公安局鄞州公安分局打掉一个盗窃电动车团伙。', '8月13日上午，北仑公安分局侦查中心大通间的办公室里，民警在打电话。', '9月14日上午，由市委宣传部等单位主办的网络安全宣传周活动启动。'])).toBe(false);
  });

  it('returns an empty region on a page without Chinese text', () => {
    expect(findArticleRegion(page('<p>Only English here, nothing else.</p>'))).toEqual({ element: null, selector: null, textLength: 0, paragraphs: 0 });
  });
});
