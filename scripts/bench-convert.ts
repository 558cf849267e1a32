// Measures the conversion engine against opencc-js in Node:
//   node --expose-gc --import tsx --import ./scripts/register-raw.mjs scripts/bench-convert.ts
// Per config: opencc-js Converter construction (time, heap) vs JSON.parse + createConverter of our
// compiled form (time, heap), then conversion throughput over the five seed articles.
import { readdirSync, readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { compileConfig } from '../lib/convert/compile';
import { configEnds } from '../lib/convert/config';
import { createConverter } from '../lib/convert/engine';
import type { ConfigName } from '../lib/convert/types';

const CONFIGS: ConfigName[] = ['s2t', 's2tw', 's2twp', 's2hk', 't2s', 'tw2s', 'tw2sp', 'hk2s', 't2tw', 'tw2hk'];
const SEED_DIR = new URL('../tests/fixtures/seeds/', import.meta.url);
const seeds = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, SEED_DIR), 'utf8'));
const seedChars = seeds.reduce((n, s) => n + s.length, 0);

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function measure<T>(make: () => T): { value: T; ms: number; heapMb: number } {
  gc();
  const before = process.memoryUsage().heapUsed;
  const start = performance.now();
  const value = make();
  const ms = performance.now() - start;
  gc();
  return { value, ms, heapMb: (process.memoryUsage().heapUsed - before) / 1e6 };
}

function throughput(convert: (s: string) => string): number {
  for (const s of seeds) convert(s);
  const rounds = 20;
  const start = performance.now();
  for (let r = 0; r < rounds; r += 1) for (const s of seeds) convert(s);
  return (rounds * seedChars) / (performance.now() - start) / 1000; // million chars per second
}

const fmt = (n: number, digits = 1): string => n.toFixed(digits).padStart(7);
console.log(`seeds: ${seeds.length} files, ${seedChars} UTF-16 units; gc ${globalThis.gc ? 'exposed' : 'NOT exposed (heap figures rough)'}`);
console.log('config   json KB | opencc ctor ms  heap MB | ours load ms  heap MB  first-convert ms (cold buckets) | Mchar/s opencc  ours');
for (const name of CONFIGS) {
  const json = JSON.stringify(compileConfig(name));
  const [from, to] = configEnds(name);
  const ref = measure(() => OpenCC.Converter({ from, to }));
  const ours = measure(() => createConverter(JSON.parse(json)));
  seeds.forEach((s) => createConverter(JSON.parse(json)).convert(s)); // warm the engine's code, not this converter
  const first = measure(() => seeds.map((s) => ours.value.convert(s)));
  const same = seeds.every((s) => ours.value.convert(s) === ref.value(s));
  console.log(
    `${name.padEnd(7)} ${fmt(Buffer.byteLength(json) / 1024, 0)} | ${fmt(ref.ms)} ${fmt(ref.heapMb)} | ${fmt(ours.ms)} ${fmt(ours.heapMb)} ${fmt(first.ms)} | ${fmt(throughput(ref.value), 2)} ${fmt(throughput(ours.value.convert), 2)}${same ? '' : '  MISMATCH'}`,
  );
}
