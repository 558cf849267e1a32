// Build hook (wxt.config.ts → build:publicAssets): one precompiled dictionary file per config
// (asset.ts), generated from opencc-js at build time and never committed. Deterministic: same
// input, same bytes.
import { dictionaryPath, encodeDictionary } from './asset';
import { createCompiler } from './compile';
import { CONFIG_NAMES } from './types';

export function buildDictionaryAssets(): { relativeDest: string; bytes: Uint8Array }[] {
  const compile = createCompiler();
  return CONFIG_NAMES.map((name) => ({ relativeDest: dictionaryPath(name), bytes: encodeDictionary(compile(name)) }));
}
