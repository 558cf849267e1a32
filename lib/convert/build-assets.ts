// Build hook (wxt.config.ts → build:publicAssets): one precompiled `dict/<config>.json` per config,
// generated from opencc-js at build time and never committed. Deterministic: same input, same bytes.
import { createCompiler } from './compile';
import { CONFIG_NAMES } from './types';

export function buildDictionaryAssets(): { relativeDest: string; contents: string }[] {
  const compile = createCompiler();
  return CONFIG_NAMES.map((name) => ({ relativeDest: `dict/${name}.json`, contents: JSON.stringify(compile(name)) }));
}
