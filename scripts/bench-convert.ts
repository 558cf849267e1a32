// Measures the conversion engine against opencc-js in Node:
//   node --expose-gc --import tsx --import ./scripts/register-raw.mjs scripts/bench-convert.ts [config…]
// Per config, medians of TRIALS runs: opencc-js Converter construction (time, memory) vs
// JSON.parse + createConverter of our compiled form (time, memory); our first conversion of the
// seeds with fresh buckets, once with the engine's code cold (the config's very first use, load
// included) and as a median with warm code; then throughput over the seeds (both engines, warm).
// Times are this process's CPU time (process.cpuUsage), so other load on the machine inflates them
// less than wall-clock time would.
import { readdirSync, readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { createCompiler } from '../lib/convert/compile';
import { configEnds } from '../lib/convert/config';
import { createConverter } from '../lib/convert/engine';
import { CONFIG_NAMES, type ConfigName } from '../lib/convert/types';

const DEFAULT_CONFIGS: ConfigName[] = ['s2t', 's2tw', 's2twp', 's2hk', 't2s', 'tw2s', 'tw2sp', 'hk2s', 't2tw', 'tw2hk'];
const TRIALS = 5;
const SEED_DIR = new URL('../tests/fixtures/seeds/', import.meta.url);
const seeds = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(new URL(f, SEED_DIR), 'utf8'));
const seedChars = seeds.reduce((n, s) => n + s.length, 0);

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Milliseconds of CPU time this process has used. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** JS heap plus ArrayBuffers (our first-code-point indexes are typed arrays, outside the heap). */
function memoryBytes(): number {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

function measure<T>(make: () => T): { value: T; ms: number; heapMb: number } {
  gc();
  const before = memoryBytes();
  const start = cpuMs();
  const value = make();
  const ms = cpuMs() - start;
  gc();
  return { value, ms, heapMb: (memoryBytes() - before) / 1e6 };
}

/** Million UTF-16 units per second over the seeds, warm. */
function throughput(convert: (s: string) => unknown): number {
  for (let r = 0; r < 3; r += 1) for (const s of seeds) convert(s);
  const rounds = 20;
  const start = cpuMs();
  for (let r = 0; r < rounds; r += 1) for (const s of seeds) convert(s);
  return (rounds * seedChars) / (cpuMs() - start) / 1000;
}

function benchConfig(name: ConfigName, json: string): string {
  const [from, to] = configEnds(name);
  const ref: { ms: number; heapMb: number }[] = [];
  const ours: { ms: number; heapMb: number }[] = [];
  const cold: number[] = [];
  let reference = OpenCC.Converter({ from, to });
  let engine = createConverter(JSON.parse(json));
  const firstUse = (): string[] => {
    const converter = createConverter(JSON.parse(json));
    return seeds.map((s) => converter.convert(s));
  };
  const veryFirst = measure(firstUse).ms;
  for (let w = 0; w < 10; w += 1) firstUse();
  for (let t = 0; t < TRIALS; t += 1) {
    const o = measure(() => createConverter(JSON.parse(json)));
    engine = o.value;
    ours.push(o);
    cold.push(measure(() => seeds.map((s) => engine.convert(s))).ms);
  }
  // opencc-js after ours: its garbage (tens of MB) would otherwise be swept while we measure.
  const referenceFirst = measure(() => {
    const convert = OpenCC.Converter({ from, to });
    return seeds.map((s) => convert(s));
  }).ms;
  for (let t = 0; t < TRIALS; t += 1) {
    const r = measure(() => OpenCC.Converter({ from, to }));
    reference = r.value;
    ref.push(r);
  }
  const same = seeds.every((s) => engine.convert(s) === reference(s));
  const cols = [
    (Buffer.byteLength(json) / 1024).toFixed(0),
    referenceFirst.toFixed(1),
    median(ref.map((x) => x.ms)).toFixed(1),
    median(ref.map((x) => x.heapMb)).toFixed(1),
    veryFirst.toFixed(1),
    median(ours.map((x) => x.ms)).toFixed(1),
    median(ours.map((x) => x.heapMb)).toFixed(1),
    median(cold).toFixed(1),
    throughput(reference).toFixed(2),
    throughput(engine.convert).toFixed(2),
    throughput(engine.convertPieces).toFixed(2),
  ];
  return `${name.padEnd(7)}${cols.map((c) => c.padStart(9)).join('')}${same ? '' : '  MISMATCH'}`;
}

const requested = process.argv.slice(2).filter((a): a is ConfigName => (CONFIG_NAMES as readonly string[]).includes(a));
const configs = requested.length > 0 ? requested : DEFAULT_CONFIGS;
const compile = createCompiler();
console.log(`seeds: ${seeds.length} files, ${seedChars} UTF-16 units; medians of ${TRIALS}; gc ${globalThis.gc ? 'exposed' : 'NOT exposed (heap rough)'}`);
console.log('         json KB | opencc 1st use  ctor ms   mem MB | ours 1st use  load ms   mem MB  1st convert | Mchar/s: opencc     ours   pieces',
);
console.log(
  '(1st use: construct/load and convert the seeds once, the config\'s first use in the process; 1st convert: fresh buckets, warm code)');
for (const name of configs) console.log(benchConfig(name, JSON.stringify(compile(name))));
