import { describe, expect, it } from 'vitest';
import { csvCell, markdownText, toCsv, toJson, toMarkdown } from '@/lib/panel/export';
import { summaryFileName } from '@/lib/panel/download';
import { HOSTILE, hostileReport, sampleReport } from './sample-report';
import { parseCsv } from '../../support/parse-csv';

const accessed = new Date(2026, 10, 22, 10, 0, 0);


describe('toMarkdown', () => {
  it('starts with the citation and lists figures and institutions', () => {
    const md = toMarkdown(sampleReport(), { accessed });
    expect(md).toContain('# 宁波公安：筑牢网络安全防线，护航民营经济发展');
    expect(md).toContain('- Site: 宁波日报');
    expect(md).toContain('- Source: 长三角政法融媒体宁波中心');
    expect(md).toContain('- Published: 2024-01-05T09:30:00+08:00');
    expect(md).toContain('- Reporters: 黄素珍, 徐超');
    expect(md).toContain('- URL: <https://www.nbpolice.gov.cn/art/2024/1/5/art_1.html>');
    expect(md).toContain('- Accessed: 2026-11-22');
    expect(md).toContain('| # | Figure | Kind | Approx. | Subject | As written |');
    expect(md).toContain('| 1 | 136 家 | count | 余 | 企业 | 136余家 |');
    expect(md).toContain('| 2 | 180,000,000 条 | count | 余 | 公民个人信息 | 1.8亿余条 |');
    expect(md).toContain('| 3 | 5,000,000 元 | money |  |  | 500万元 |');
    expect(md).toContain('| 宁波市公安局网安支队 | police |  | 宁波市公安局 | 3 |');
    expect(md).toContain('| 宁波市公安局 | police | Ningbo Municipal Public Security Bureau |  | 1 |');
  });

  it('keeps markup-looking text literal: escaped so no renderer makes an element of it', () => {
    const md = toMarkdown(hostileReport(), { accessed });
    // Every `<` from the page is escaped; the only raw `<` left is the URL autolink.
    expect(md.replace('<https://www.nbpolice.gov.cn/art/2024/1/5/art_1.html>', '')).not.toMatch(/(^|[^\\])</m);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(markdownText('a|b')).toBe('a\\|b');
    expect(markdownText('[x](javascript:y)')).toBe('\\[x\\](javascript:y)');
    expect(markdownText('**bold** `code` &amp;')).toBe('\\*\\*bold\\*\\* \\`code\\` \\&amp;');
    expect(markdownText('line\nbreak')).toBe('line break');
  });

  it('says so when nothing was found', () => {
    const md = toMarkdown(sampleReport({ mentions: [], metadata: null }), { accessed });
    expect(md).toContain('# Untitled page');
    expect(md).toContain('No figures found.');
    expect(md).toContain('No institutions found.');
  });
});

describe('toCsv', () => {
  it('writes one row per figure and institution, each with the citation', () => {
    const rows = parseCsv(toCsv(sampleReport(), { accessed }));
    const [header, ...data] = rows;
    expect(header).toEqual([
      'section', 'order', 'type', 'text', 'value', 'unit', 'approx', 'subject',
      'english', 'parent', 'mentions', 'title', 'site', 'source', 'published', 'url', 'accessed',
    ]);
    expect(data).toHaveLength(4 + 3);
    const col = (name: string) => header!.indexOf(name);
    const first = data[0]!;
    expect(first[col('section')]).toBe('figure');
    expect(first[col('value')]).toBe('136');
    expect(first[col('unit')]).toBe('家');
    expect(first[col('approx')]).toBe('余');
    expect(first[col('subject')]).toBe('企业');
    expect(first[col('accessed')]).toBe('2026-11-22');
    expect(first[col('title')]).toBe('宁波公安：筑牢网络安全防线，护航民营经济发展');
    const money = data[2]!;
    expect([money[col('value')], money[col('unit')]]).toEqual(['5000000', '元']);
    const unit = data.find((r) => r[col('text')] === '宁波市公安局网安支队')!;
    expect([unit[col('section')], unit[col('parent')], unit[col('mentions')]]).toEqual(['institution', '宁波市公安局', '3']);
    expect(data.every((r) => r.length === header!.length)).toBe(true);
  });

  it('neutralises formulas: cells starting with = + - @ tab or CR get a leading quote', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe('"\'\rx"');
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(null)).toBe('');
  });

  it('quotes cells with commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
  });

  it('reads back hostile page text literally, formulas neutralised', () => {
    const rows = parseCsv(toCsv(hostileReport(), { accessed }));
    const header = rows[0]!;
    const figure = rows[1]!;
    expect(figure[header.indexOf('text')]).toBe(HOSTILE);
    expect(figure[header.indexOf('subject')]).toBe("'=1+1");
    expect(figure[header.indexOf('site')]).toBe('\'=HYPERLINK("http://evil")');
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('toJson', () => {
  it('holds the citation, the page type, figures and institutions', () => {
    const data = JSON.parse(toJson(sampleReport(), { accessed }));
    expect(data.format).toBe('zh-security-reader-summary');
    expect(data.citation).toEqual({
      title: '宁波公安：筑牢网络安全防线，护航民营经济发展',
      site: '宁波日报',
      source: '长三角政法融媒体宁波中心',
      published: '2024-01-05T09:30:00+08:00',
      authors: ['黄素珍', '徐超'],
      url: 'https://www.nbpolice.gov.cn/art/2024/1/5/art_1.html',
      accessed: '2026-11-22',
    });
    expect(data.page).toEqual({ kind: 'press', confidence: 0.86, script: 'simplified', isArticle: true });
    expect(data.figures[0]).toMatchObject({ text: '136余家', value: 136, unit: '家', kind: 'count', approx: '余', subject: '企业' });
    expect(data.figures[0].sentence).toBe('去年以来，共走访辖区136余家企业，排查隐患。');
    expect(data.figures[2]).toMatchObject({ value: 5000000, unit: '元', unitAsWritten: '万元' });
    expect(data.institutions[1]).toMatchObject({ name: '宁波市公安局网安支队', parent: '宁波市公安局', mentions: 3, mentionIds: [1, 5, 8] });
  });

  it('keeps markup-looking text as the same string', () => {
    const data = JSON.parse(toJson(hostileReport(), { accessed }));
    expect(data.citation.title).toBe(HOSTILE);
    expect(data.figures[0].text).toBe(HOSTILE);
  });
});

describe('summaryFileName', () => {
  it('names the file after the host and date', () => {
    expect(summaryFileName('https://www.nbpolice.gov.cn/a', '2026-11-22', 'md')).toBe('summary-www.nbpolice.gov.cn-2026-11-22.md');
    expect(summaryFileName('not a url', '2026-11-22', 'csv')).toBe('summary-page-2026-11-22.csv');
  });
});
