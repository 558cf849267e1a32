// The dev set (the five seeds and their gold) must stay above the targets.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { extract } from '@/lib/extract/index';
import { parseGold, scoreCorpus, scoreDocument } from '@/lib/extract/score';

const root = join(import.meta.dirname, '../../..');
const goldDirs = [join(root, '../shared/gold'), join(root, 'tests/fixtures/gold')].filter((d) => existsSync(d));
const seedDir = join(root, 'tests/fixtures/seeds');

it.runIf(goldDirs.length > 0)('scores above the targets on the dev set', () => {
  const goldDir = goldDirs[0] as string;
  const docs = readdirSync(goldDir)
    .filter((f) => /^\d+\.jsonl$/.test(f))
    .map((f) => {
      const id = f.replace('.jsonl', '');
      const seed = readdirSync(seedDir).find((s) => s.startsWith(`${id}_`));
      if (!seed) throw new Error(`no seed for ${id}`);
      const text = readFileSync(join(seedDir, seed), 'utf8');
      return scoreDocument(parseGold(readFileSync(join(goldDir, f), 'utf8')), extract(text));
    });
  const total = scoreCorpus(docs);
  expect(docs.length).toBe(5);
  expect(total.strict.STAT.f1).toBeGreaterThanOrEqual(0.97);
  expect(total.strict.ORG.f1).toBeGreaterThanOrEqual(0.92);
  expect(total.attributes.accuracy).toBeGreaterThanOrEqual(0.98);
  // What is counted: 44% before word-aligned subjects, 76% after (npm run eval).
  expect(total.attributes.subject / total.attributes.matched).toBeGreaterThanOrEqual(0.7);
});
