import { describe, expect, it } from 'vitest';
import { detectCapture } from '../../../lib/background/detection';
import { capturePage } from '../../../lib/detect/capture';
import { hasChineseText } from '../../../lib/detect/has-chinese';
import { detectPage } from '../../../lib/detect/index';
import { page, parseHtml, readRepoFile } from './parse-html';

interface Case {
  file: string;
  url: string;
}

const demo = (JSON.parse(readRepoFile('demo/sites.json')) as { host: string; path: string; file: string }[]).map((s) => ({
  html: readRepoFile('demo/pages', s.file),
  url: `http://${s.host}${s.path}`,
  name: s.file,
}));
const fixtures = ['cases.json', 'holdout.json', 'holdout2.json'].flatMap((list) =>
  (JSON.parse(readRepoFile('tests/fixtures/detect', list)) as Case[]).map((c) => ({
    html: readRepoFile('tests/fixtures/detect', c.file),
    url: c.url,
    name: c.file,
  })),
);
// Only pages with Chinese text are captured (the loader's test comes first).
const chinese = [...demo, ...fixtures].filter((c) => hasChineseText(parseHtml(c.html)));

// The page sends its markup and the background parses it with linkedom: the decision must be the
// one the detector makes on the page's own DOM.
describe('detection from a page capture', () => {
  it('has pages to check', () => expect(chinese.length).toBeGreaterThan(40));

  it.each(chinese.map((c) => [c.name, c] as const))('%s: the markup decides as the live document does', (_name, c) => {
    const doc = parseHtml(c.html);
    const capture = capturePage(doc, c.url);
    expect('html' in capture).toBe(true);
    // As the port carries it: JSON.
    const { pinyinArtifacts, ...fromMarkup } = detectCapture(JSON.parse(JSON.stringify(capture)));
    expect(fromMarkup).toEqual(detectPage(doc, c.url));
    expect(pinyinArtifacts).toBeGreaterThanOrEqual(0);
  });

  it('counts the pinyin artifacts in the article the page will hide', () => {
    const doc = page('<h1>网络安全检查</h1><div class="article"><p>近日，公安机关开展網(wǎng)絡(luò)安全检查，走访企业136家，排查隐患。</p><p>检查中发现问题隐患42个，已督促整改。</p></div>');
    expect(detectCapture(capturePage(doc, 'https://www.example.gov.cn/a.html')).pinyinArtifacts).toBe(2);
    const clean = page('<div class="article"><p>近日，公安机关开展网络安全检查，走访企业136家，排查隐患。</p></div>');
    expect(detectCapture(capturePage(clean, 'https://www.example.gov.cn/a.html')).pinyinArtifacts).toBe(0);
  });

  it('takes the snapshot in the page when the document is too large to send as markup', () => {
    const paragraphs = '<p>公安机关开展网络安全检查。</p>'.repeat(16_000);
    const doc = page(`<div class="article">${paragraphs}</div>`);
    const capture = capturePage(doc, 'https://www.example.gov.cn/big.html');
    expect('snapshot' in capture).toBe(true);
    const verdict = detectCapture(JSON.parse(JSON.stringify(capture)));
    expect(verdict.script).toBe('simplified');
    expect(verdict.hasChinese).toBe(true);
  });
});
