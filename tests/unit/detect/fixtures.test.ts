import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/detect/index';
import type { PageKind } from '../../../lib/detect/types';
import { perClass } from '../../../scripts/detect-report';
import { parseHtml, readRepoFile } from './parse-html';

interface Case {
  file: string;
  url: string;
  expect: { kind: PageKind; script: string; article: boolean };
  knownMiss?: string;
}

// cases.json: development fixtures; holdout.json and holdout2.json: written after tuning. Batch 1 passed on its
// first run; batch 2 had two misses on its first run (one fixed: a footer-text bug; one kept as a known miss).
const cases = [
  ...(JSON.parse(readRepoFile('tests/fixtures/detect/cases.json')) as Case[]),
  ...(JSON.parse(readRepoFile('tests/fixtures/detect/holdout.json')) as Case[]),
  ...(JSON.parse(readRepoFile('tests/fixtures/detect/holdout2.json')) as Case[]),
];
const detect = (c: Case) => detectPage(parseHtml(readRepoFile('tests/fixtures/detect', c.file)), c.url);

describe('detectPage on the detector fixtures', () => {
  for (const c of cases) {
    const title = `${c.file}: ${c.expect.kind}, ${c.expect.script}, article=${c.expect.article}`;
    if (c.knownMiss) {
      it(`${title} (known miss: ${c.knownMiss})`, () => {
        const r = detect(c);
        // Still checked for script and article; the kind is the documented miss.
        expect(r.script).toBe(c.expect.script);
        expect(r.isArticle).toBe(c.expect.article);
      });
      continue;
    }
    it(title, () => {
      const r = detect(c);
      expect({ kind: r.kind, script: r.script, article: r.isArticle }).toEqual(c.expect);
      expect(r.hasChinese).toBe(true);
      expect(r.confidence).toBeGreaterThan(0.33);
      expect(r.evidence.length).toBeGreaterThan(0);
    });
  }

  it('prints per-class precision and recall over the fixtures', () => {
    const pairs = cases.map((c) => ({ expected: c.expect.kind, predicted: detect(c).kind }));
    const figures = perClass(pairs);
    console.log(figures.map((f) => `${f.kind}: precision ${f.precision.toFixed(2)}, recall ${f.recall.toFixed(2)} (tp ${f.tp}, fp ${f.fp}, fn ${f.fn})`).join('\n'));
    for (const f of figures) {
      expect(f.precision).toBeGreaterThanOrEqual(0.9);
      expect(f.recall).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('extracts citation metadata', () => {
    const byFile = (f: string) => detect(cases.find((c) => c.file === f) as Case).metadata;
    expect(byFile('city-daily.html')).toMatchObject({
      title: '我市警方开展“净网”集中行动', source: '临沂日报', published: '2024-08-15T07:50:12+08:00', authors: ['刘洋', '王磊'], editor: '孙丽',
    });
    expect(byFile('portal-sina.html')).toMatchObject({ site: '新浪新闻', source: '新京报', published: '2024-09-12T10:30:00+08:00', editor: '张玉' });
    expect(byFile('police-bureau.html')).toMatchObject({ site: '武汉市公安局', siteCode: '4201000042', section: '警务动态', published: '2024-07-02T16:20:00+08:00' });
    expect(byFile('gov-placeholder.html').siteCode).toBeNull();
    expect(byFile('gov-portal-no-meta.html')).toMatchObject({ title: '县公安局开展反诈宣传进乡村活动', site: '西华县人民政府', siteCode: '4116220001', published: '2024-06-18' });
    expect(byFile('holdout/people.html')).toMatchObject({ source: '人民网-浙江频道', authors: ['李文'], published: '2024-06-03T09:12:00+08:00' });
    expect(byFile('holdout/thepaper.html')).toMatchObject({ authors: ['陈琳'], editor: '李强', site: '澎湃新闻' });
    expect(byFile('holdout/xinhua.html')).toMatchObject({ authors: ['任沁沁'], editor: '王萌' });
    expect(byFile('holdout/hk-police.html').site).toBe('香港警務處');
    expect(byFile('hk-gov.html').published).toBe('2024-09-12T18:30:00+08:00');
    expect(byFile('hk-press-rthk.html').published).toBe('2024-07-20T12:30:00+08:00');
    expect(byFile('tw-press-cna.html')).toMatchObject({ site: '中央社 CNA', editor: '李小華', published: '2024-09-12T14:05:00+08:00' });
  });

  it('keeps the evidence: why a repost on a forum is not press', () => {
    const r = detect(cases.find((c) => c.file === 'forum-tieba.html') as Case);
    const ids = r.evidence.map((e) => e.id);
    expect(ids).toContain('press-body-opener');
    expect(ids).toContain('forum-platform');
    expect(r.kind).toBe('other');
  });
});
