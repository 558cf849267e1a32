// Build hook (wxt.config.ts → build:publicAssets): one precompiled `dict/<config>.json` per config,
// generated from opencc-js at build time and never committed. Deterministic: same input, same bytes.
import { compileConfig } from './compile';
import { CONFIG_NAMES } from './types';

export function buildDictionaryAssets(): { relativeDest: string; contents: string }[] {
  return CONFIG_NAMES.map((name) => ({ relativeDest: `dict/${name}.json`, contents: JSON.stringify(compileConfig(name)) }));
}
