// `npm run eval [-- --gold DIR] [--seeds DIR] [--quiet]`: scores lib/extract on the gold annotations.
// Gold: DIR/NNN.jsonl (default ../shared/gold, relative to the repo root); texts: the seeds
// NNN_*.txt in --seeds (default DIR/../seeds, then tests/fixtures/seeds). Prints a table, the misses
// with context, and exits 0.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extract } from '../lib/extract/index';
import { MENTION_TYPES, parseGold, scoreCorpus, scoreDocument, type DocScore } from '../lib/extract/score';

const root = resolve(import.meta.dirname, '..');

function option(argv: readonly string[], name: string): string | null {
  const i = argv.indexOf(name);
  return i >= 0 ? (argv[i + 1] ?? null) : null;
}

function seedFor(dirs: readonly string[], id: string): string | null {
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    const file = readdirSync(dir).find((f) => f.startsWith(`${id}_`) && f.endsWith('.txt'));
    if (file) return join(dir, file);
  }
  return null;
}

function context(text: string, start: number, end: number): string {
  const flat = (s: string): string => s.replace(/\n/g, '⏎');
  return `${flat(text.slice(Math.max(0, start - 8), start))}[${flat(text.slice(start, end))}]${flat(text.slice(end, end + 8))}`;
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(6);

function main(argv: string[]): number {
  const goldDir = resolve(root, option(argv, '--gold') ?? '../shared/gold');
  const seedDirs = [option(argv, '--seeds'), join(goldDir, '..', 'seeds'), join(root, 'tests/fixtures/seeds')]
    .filter((d): d is string => d !== null)
    .map((d) => resolve(root, d));
  const quiet = argv.includes('--quiet');
  const docs: DocScore[] = [];
  const lines: string[] = [];
  const files = readdirSync(goldDir).filter((f) => /^\d+\.jsonl$/.test(f)).sort();
  for (const file of files) {
    const id = file.replace('.jsonl', '');
    const seed = seedFor(seedDirs, id);
    if (!seed) {
      lines.push(`${id}: no seed text found, skipped`);
      continue;
    }
    const text = readFileSync(seed, 'utf8');
    const score = scoreDocument(parseGold(readFileSync(join(goldDir, file), 'utf8')), extract(text));
    docs.push(score);
    for (const g of score.falseNegatives) lines.push(`${id} FN ${g.type} ${g.start}-${g.end} ${context(text, g.start, g.end)}`);
    for (const p of score.falsePositives) lines.push(`${id} FP ${p.type} ${p.start}-${p.end} ${context(text, p.start, p.end)} (${p.rule})`);
    for (const w of score.wrongSubjects) {
      if (w.predicted.type === 'STAT') lines.push(`${id} SUBJ ${w.gold.text}: gold ${w.gold.subject ?? '∅'} got ${w.predicted.subject ?? '∅'}`);
    }
    for (const w of score.wrongAttributes) {
      const p = w.predicted;
      if (p.type === 'STAT') {
        lines.push(`${id} ATTR ${w.gold.text}: gold ${w.gold.value}/${w.gold.unit ?? ''}/${w.gold.kind} got ${p.value}/${p.unit}/${p.kind}`);
      }
    }
  }
  const total = scoreCorpus(docs);
  const out: string[] = [`documents: ${docs.length}`, '', 'type  mode       P      R      F1    tp  fp  fn'];
  for (const t of MENTION_TYPES) {
    for (const mode of ['strict', 'lenient'] as const) {
      const s = total[mode][t];
      out.push(`${t.padEnd(5)} ${mode.padEnd(8)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`);
    }
  }
  const a = total.attributes;
  out.push('', `STAT attributes on ${a.matched} strict matches: value ${a.value}, unit ${a.unit}, kind ${a.kind}, all three ${a.all} (${pct(a.accuracy).trim()}%); subject ${a.subject} (${pct(a.matched === 0 ? 1 : a.subject / a.matched).trim()}%)`);
  if (!quiet && lines.length > 0) out.push('', 'misses:', ...lines);
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
