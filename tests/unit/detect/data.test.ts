import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySelectors } from '../../../lib/detect/tables/body-selectors';
import { BYLINE_PATTERNS } from '../../../lib/detect/tables/byline-patterns';
import { DIVISION_CODES } from '../../../lib/detect/tables/division-codes';
import { GOV_HOST_SUFFIXES } from '../../../lib/detect/tables/gov-host-suffixes';
import { formatKnownOutlets, KNOWN_OUTLETS, parseKnownOutlets } from '../../../lib/detect/tables/known-outlets';
import { parseMarkers } from '../../../lib/detect/tables/markers';
import { META_NAMES } from '../../../lib/detect/tables/meta-names';
import { GOV_ORG_ENDINGS, PRESS_NAME_SUFFIXES } from '../../../lib/detect/tables/name-endings';
import { PRESS_OPENERS } from '../../../lib/detect/tables/press-openers';
import { isCommentLine, parseTable } from '../../../lib/detect/tables/parse-table';
import { parseHtml, ROOT } from './parse-html';

const DATA = join(ROOT, 'lib/detect/data');
const files = readdirSync(DATA).filter((f) => f.endsWith('.tsv') || f.endsWith('.txt'));

/** Entries between comment/blank lines form a section; files whose header says "sorted" are sorted inside each section. */
function sections(text: string): string[][] {
  const out: string[][] = [[]];
  for (const line of text.split('\n')) {
    if (line === '' || isCommentLine(line)) {
      if ((out[out.length - 1] ?? []).length > 0) out.push([]);
      continue;
    }
    out[out.length - 1]?.push(line);
  }
  return out.filter((s) => s.length > 0);
}

describe('detect data files', () => {
  it('has the data files the detector imports', () => {
    expect(files.sort()).toEqual([
      'blog-markers.tsv', 'body-selectors.txt', 'byline-patterns.tsv', 'content-farm-markers.tsv', 'division-codes.tsv',
      'forum-markers.tsv', 'gov-host-suffixes.tsv', 'gov-org-endings.txt', 'known-outlets.tsv', 'meta-names.tsv',
      'press-name-suffixes.txt', 'press-openers.tsv', 'self-media-markers.tsv', 'shop-markers.tsv',
    ]);
  });

  for (const file of files) {
    const text = readFileSync(join(DATA, file), 'utf8');
    describe(file, () => {
      it('starts with a comment, ends with a newline, has no stray whitespace or empty fields', () => {
        expect(isCommentLine(text.split('\n')[0] ?? '')).toBe(true);
        for (const line of text.split('\n')) if (line.startsWith('#') && !isCommentLine(line)) expect(file, line).toBe('body-selectors.txt');
        expect(text.endsWith('\n')).toBe(true);
        expect(text).not.toMatch(/\r/);
        for (const row of parseTable(text)) {
          for (const field of row) {
            expect(field, `${file}: ${row.join('⇥')}`).toBe(field.trim());
            expect(field.length, `${file}: ${row.join('⇥')}`).toBeGreaterThan(0);
          }
        }
      });
      it('has unique entries (first field; type + value for marker tables)', () => {
        const keys = parseTable(text).map((r) => (file.endsWith('-markers.tsv') ? `${r[0]} ${r[1]}` : r[0]));
        expect(new Set(keys).size).toBe(keys.length);
      });
      it('has rows of one width', () => {
        const widths = new Set(parseTable(text).map((r) => r.length));
        expect(widths.size).toBe(1);
      });
      const header = text.split('\n').filter(isCommentLine).join(' ');
      if (/sorted/i.test(header) && !/not sorted/i.test(header)) {
        it('is sorted inside each section', () => {
          for (const sec of sections(text)) {
            const sorted = [...sec].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
            expect(sec).toEqual(sorted);
          }
        });
      }
    });
  }

  it('known outlets: parse/format round trip, valid regions, no government hosts', () => {
    const again = parseKnownOutlets(formatKnownOutlets(KNOWN_OUTLETS));
    expect(again).toEqual(KNOWN_OUTLETS);
    expect(KNOWN_OUTLETS.length).toBeGreaterThan(80);
    for (const o of KNOWN_OUTLETS) {
      expect(['central', 'provincial', 'city', 'portal', 'industry', 'tw', 'hk', 'mo']).toContain(o.region);
      expect(o.hostSuffix).toMatch(/^[a-z0-9.-]+\.[a-z]+$/);
      expect(GOV_HOST_SUFFIXES.some((g) => o.hostSuffix.endsWith(g.suffix))).toBe(false);
    }
  });

  it('markers parse with known types and positive weights', () => {
    for (const file of files.filter((f) => f.endsWith('-markers.tsv'))) {
      const markers = parseMarkers(readFileSync(join(DATA, file), 'utf8'));
      expect(markers.length).toBeGreaterThan(3);
      for (const m of markers) expect(m.weight, `${file} ${m.value}`).toBeGreaterThan(0);
    }
  });

  it('selectors are valid CSS', () => {
    const doc = parseHtml('<html><body><p>x</p></body></html>');
    for (const sel of bodySelectors()) expect(() => doc.querySelector(sel), sel).not.toThrow();
    // Id selectors are entries, not comments.
    expect(bodySelectors()).toEqual(expect.arrayContaining(['#UCAP-CONTENT', '#zoom', '#artibody', '#js_content']));
    for (const file of files.filter((f) => f.endsWith('-markers.tsv'))) {
      for (const m of parseMarkers(readFileSync(join(DATA, file), 'utf8'))) {
        if (m.type === 'selector') expect(() => doc.querySelector(m.value), m.value).not.toThrow();
      }
    }
  });

  it('other tables parse into usable values', () => {
    expect(META_NAMES.map((m) => m.name)).toContain('siteidcode');
    for (const m of META_NAMES) expect(m.name).toBe(m.name.toLowerCase());
    expect(PRESS_OPENERS.length).toBeGreaterThan(5);
    expect(BYLINE_PATTERNS.map((p) => p.id)).toEqual(expect.arrayContaining(['reporter', 'correspondent', 'responsible-editor', 'source']));
    expect(DIVISION_CODES.get('33')).toBe('浙江省');
    expect(GOV_ORG_ENDINGS).toContain('局');
    expect(PRESS_NAME_SUFFIXES).toContain('日报');
  });

  it('byline labels: a longer label comes before any label it contains', () => {
    const labels = BYLINE_PATTERNS.map((p) => p.labels);
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        for (const later of labels[j] ?? []) {
          for (const earlier of labels[i] ?? []) expect(later.includes(earlier) && later !== earlier, `${later} after ${earlier}`).toBe(false);
        }
      }
    }
  });
});
