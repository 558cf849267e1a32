// Speed of lib/extract: per typical article (the seeds) and on 1,000,000 characters.
//   node --import tsx --import ./scripts/register-raw.mjs scripts/bench-extract.ts
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../lib/extract/index';

const seedDir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'seeds');
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(join(seedDir, f), 'utf8') }));

function time(fn: () => void, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

const coldStart = performance.now();
extract(seeds[0]?.text ?? '');
const cold = performance.now() - coldStart;
for (let i = 0; i < 20; i++) for (const s of seeds) extract(s.text);

const lines = [`first call (lexicons built): ${cold.toFixed(1)} ms`];
for (const s of seeds) {
  const ms = time(() => extract(s.text), 30);
  lines.push(`${s.name}: ${s.text.length} chars, median ${ms.toFixed(2)} ms`);
}
const all = seeds.map((s) => s.text).join('\n\n');
let big = '';
while (big.length < 1_000_000) big += all;
big = big.slice(0, 1_000_000);
const msBig = time(() => extract(big), 5);
const count = extract(big).length;
lines.push(`1,000,000 chars: median ${msBig.toFixed(0)} ms (${count} mentions)`);
process.stdout.write(`${lines.join('\n')}\n`);
