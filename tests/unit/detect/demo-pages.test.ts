import { describe, expect, it } from 'vitest';
import { findArticleRegion } from '../../../lib/detect/article';
import { detectPage } from '../../../lib/detect/index';
import { hasChineseText } from '../../../lib/detect/has-chinese';
import { parseHtml, readRepoFile } from './parse-html';

interface Site {
  host: string;
  path: string;
  file: string;
  seed: string | null;
  expect: { kind: string; script: string; article: boolean };
}

const sites = JSON.parse(readRepoFile('demo/sites.json')) as Site[];
const norm = (s: string): string => s.replace(/\*\*/g, '').replace(/^#+ /gm, '').replace(/\s+/g, '');

describe('demo pages', () => {
  it('lists every page once, with unique host+path', () => {
    expect(new Set(sites.map((s) => s.file)).size).toBe(sites.length);
    expect(new Set(sites.map((s) => `${s.host}${s.path}`)).size).toBe(sites.length);
  });

  for (const s of sites) {
    const html = readRepoFile('demo/pages', s.file);
    describe(s.file, () => {
      it(`detects ${s.expect.kind} / ${s.expect.script} / article=${s.expect.article}`, () => {
        const r = detectPage(parseHtml(html), `http://${s.host}${s.path}`);
        expect({ kind: r.kind, script: r.script, article: r.isArticle }).toEqual(s.expect);
        expect(r.hasChinese).toBe(s.expect.script !== 'none');
      });

      it('is self-contained: no external resources, scripts only where stated', () => {
        expect(html).not.toMatch(/<(img|iframe|video|audio|source|embed|object)\b/i);
        expect(html).not.toMatch(/<link\b[^>]*rel=["']?(stylesheet|preload|icon)/i);
        expect(html).not.toMatch(/\bsrc=/i);
        expect(html).not.toMatch(/url\(/i);
        const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
        for (const tag of scripts) {
          if (s.file === 'dynamic-feed.html') continue;
          expect(tag).toMatch(/application\/ld\+json/);
        }
        expect(html).toMatch(/<!--[\s\S]*?-->/);
        if (s.seed) expect(html).toContain(s.seed.replace(/\.txt$/, ''));
      });

      if (s.seed && s.file !== 'forum-repost.html') {
        it(`carries every line of seed ${s.seed}`, () => {
          const body = norm(parseHtml(html).body.textContent ?? '');
          const seed = readRepoFile('tests/fixtures/seeds', s.seed as string);
          const missing = seed.split('\n').map(norm).filter((l) => l && !body.includes(l));
          expect(missing).toEqual([]);
        });
      }
    });
  }

  it('keeps the hard line breaks of seed 003 as separate lines in the article region', () => {
    const doc = parseHtml(readRepoFile('demo/pages/gov-police-ningbo.html'));
    const region = findArticleRegion(doc);
    expect(region.selector).toBe('.TRS_Editor');
    expect(region.element?.querySelectorAll('br').length).toBeGreaterThan(100);
    expect(region.paragraphs).toBeGreaterThan(100);
  });

  it('keeps the pinyin-annotation artifacts of seed 001', () => {
    const doc = parseHtml(readRepoFile('demo/pages/gov-traditional-tongchuan.html'));
    expect(findArticleRegion(doc).element?.textContent).toContain('網(wǎng)絡(luò)安全為人民');
  });

  it('the forum page quotes 本报讯 and is still other', () => {
    const html = readRepoFile('demo/pages/forum-repost.html');
    expect(html).toContain('本报讯');
    expect(detectPage(parseHtml(html), 'http://bbs.example-forum.com/thread-123456-1-1.html').kind).toBe('other');
  });

  it('the English page has no Chinese at all', () => {
    const html = readRepoFile('demo/pages/english.html');
    expect(html).not.toMatch(/[\u3000-\u9fff\uff00-\uffef]/);
    expect(hasChineseText(parseHtml(html))).toBe(false);
  });

  it('the dynamic feed stays a list (not an article) as its script appends entries', () => {
    const html = readRepoFile('demo/pages/dynamic-feed.html');
    const items = JSON.parse(/var items = (\[.*\]);/.exec(html)?.[1] ?? '[]') as string[];
    const doc = parseHtml(html);
    const feed = doc.getElementById('feed') as Element;
    for (let i = 0; i < 50; i++) {
      const p = doc.createElement('p');
      const t = doc.createElement('time');
      t.textContent = `08:${String(i + 1).padStart(2, '0')}`;
      p.append(t, doc.createTextNode(`第${i + 1}条：${items[i % items.length] ?? ''}`));
      feed.appendChild(p);
      if (i === 4 || i === 49) {
        const r = detectPage(doc, 'http://www.example-news.cn/roll/index.html');
        expect(r.isArticle).toBe(false);
        expect(r.kind).toBe('other');
      }
    }
  });

  it('the dynamic feed appends up to 50 paragraphs every 100 ms', () => {
    const html = readRepoFile('demo/pages/dynamic-feed.html');
    expect(html).toMatch(/setInterval\([\s\S]*100\)/);
    expect(html).toMatch(/count >= 50/);
  });
});
