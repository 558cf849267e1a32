// Shared test helpers: seeds, compiled configs (cached per run), opencc-js reference converters.
import { readdirSync, readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { decodeDictionary, encodeDictionary } from '@/lib/convert/asset';
import { compileConfig } from '@/lib/convert/compile';
import { configEnds } from '@/lib/convert/config';
import { createConverter } from '@/lib/convert/engine';
import { VALUE_SEPARATOR, type CompiledConfig, type CompiledGroup, type ConfigName, type Converter } from '@/lib/convert/types';

const SEED_DIR = new URL('../../fixtures/seeds/', import.meta.url);

export const seeds: { name: string; text: string }[] = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(new URL(name, SEED_DIR), 'utf8') }));

const compiled = new Map<ConfigName, CompiledConfig>();

/** Compiled once per test file, round-tripped through the shipped file format (asset.ts). */
export function compiledFor(name: ConfigName): CompiledConfig {
  let config = compiled.get(name);
  if (!config) {
    config = decodeDictionary(encodeDictionary(compileConfig(name)));
    compiled.set(name, config);
  }
  return config;
}

export function converterFor(name: ConfigName): Converter {
  return createConverter(compiledFor(name));
}

export function referenceFor(name: ConfigName): (text: string) => string {
  const [from, to] = configEnds(name);
  return OpenCC.Converter({ from, to });
}

/** Every key of a compiled group, decoded from its buckets. */
export function keysOfGroup(group: CompiledGroup): string[] {
  const firsts = [...group.starts];
  return group.buckets.flatMap((bucket, i) => {
    const first = firsts[i] ?? '';
    const [single = '', ...runs] = bucket.split('|');
    const longer = runs.flatMap((run) => run.slice(1).split(' ').map((entry) => first + run.charAt(0) + entry.split(VALUE_SEPARATOR)[0]));
    return [...(single === '' ? [] : [first]), ...longer];
  });
}

export function keysOf(config: CompiledConfig): string[] {
  return [...config.normalization, ...config.conversion].flatMap(keysOfGroup);
}
