// The data files: columns, uniqueness, stray whitespace, script form, parse/format round trips, and a
// fold table that covers every lexicon character that has a Traditional form.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import {
  dataLines,
  formatApprox,
  formatGazetteer,
  formatGlossary,
  formatList,
  formatPlaces,
  formatSuffixes,
  formatUnits,
  parseApprox,
  parseFold,
  parseGazetteer,
  parseGlossary,
  parseList,
  parsePlaces,
  parseSuffixes,
  parseUnits,
} from '@/lib/extract/lexicon';

const dir = join(import.meta.dirname, '../../../lib/extract/data');
const read = (file: string): string => readFileSync(join(dir, file), 'utf8');
const files = readdirSync(dir).sort();
const columns: Record<string, number> = {
  'units.tsv': 4, 'approx.tsv': 2, 'gazetteer.tsv': 5, 'org-suffixes.tsv': 5, 'fold.tsv': 2,
};

describe.each(files)('%s', (file) => {
  const lines = dataLines(read(file));

  it('has no stray whitespace or empty fields where a value is required', () => {
    for (const line of lines) {
      expect(/^\s|[ \u3000]$/.test(line), line).toBe(false);
      for (const cell of line.split('\t')) expect(cell, line).toBe(cell.trim());
      expect(line.split('\t')[0], line).not.toBe('');
    }
  });

  it('has the right number of columns', () => {
    const n = columns[file];
    for (const line of lines) {
      if (n !== undefined) expect(line.split('\t').length, line).toBe(n);
      else expect(line.split('\t').length, line).toBeLessThanOrEqual(2);
    }
  });

  it('lists each key once', () => {
    const keys = lines.map((l) => l.split('\t')[0] ?? '');
    const approxKeys = file === 'approx.tsv' ? lines : keys;
    expect(approxKeys.length - new Set(approxKeys).size).toBe(0);
  });

  it('is written in Simplified script (Traditional text matches through fold.tsv)', () => {
    if (file === 'fold.tsv') return;
    const fold = parseFold(read('fold.tsv'));
    for (const line of lines) {
      const first = line.split('\t')[0] ?? '';
      for (const ch of first) expect(fold.has(ch), `${ch} in ${first}`).toBe(false);
    }
  });
});

describe('parse/format round trips', () => {
  const body = (file: string): string => dataLines(read(file)).map((l) => `${l}\n`).join('');
  it.each([
    ['units.tsv', (t: string) => formatUnits(parseUnits(t))],
    ['approx.tsv', (t: string) => formatApprox(parseApprox(t))],
    ['gazetteer.tsv', (t: string) => formatGazetteer(parseGazetteer(t))],
    ['org-suffixes.tsv', (t: string) => formatSuffixes(parseSuffixes(t))],
    ['place-names.txt', (t: string) => formatPlaces(parsePlaces(t))],
    ['name-words.txt', (t: string) => formatGlossary(parseGlossary(t))],
    ['generic-orgs.txt', (t: string) => formatList(parseList(t))],
  ])('%s', (file, roundTrip) => {
    expect(roundTrip(body(file))).toBe(body(file));
  });
});

describe('fold table', () => {
  it('covers every lexicon character that has a Traditional form', () => {
    const fold = parseFold(read('fold.tsv'));
    const folded = new Set(fold.values());
    const needed = new Set<string>();
    for (const file of files.filter((f) => f !== 'fold.tsv')) {
      for (const ch of read(file)) if (/\p{Script=Han}/u.test(ch)) needed.add(ch);
    }
    const missing: string[] = [];
    for (const entry of tsCharacters.split('|')) {
      const [trad, simp] = entry.split(' ');
      const first = simp ? [...simp][0] : undefined;
      if (trad && first && trad !== first && [...trad].length === 1 && needed.has(first) && !fold.has(trad)) missing.push(trad);
    }
    expect(missing, 'run: node --import tsx scripts/gen-fold.ts').toEqual([]);
    expect(folded.size).toBeGreaterThan(100);
  });

  it('gazetteer parents name gazetteer entries', () => {
    const entries = parseGazetteer(read('gazetteer.tsv'));
    const names = new Set(entries.map((e) => e.name));
    for (const e of entries) if (e.parent) expect(names.has(e.parent), `${e.name} → ${e.parent}`).toBe(true);
  });
});
