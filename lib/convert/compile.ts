// Build-time compiler: turns opencc-js's dictionaries for one config into the compact
// CompiledConfig the runtime engine loads. Runs in Node (build hook, CLI, tests), never in the page.
import { configs as presetConfigs, from as presetFrom, to as presetTo } from 'opencc-js/preset';
import type { DictGroup, DictLike } from 'opencc-js/core';
import { configEnds } from './config';
import { VALUE_SEPARATOR, type CompiledConfig, type CompiledGroup, type CompiledSegmentation, type ConfigName, type Source, type Target } from './types';

/** What opencc-js's preset really holds per config (its .d.ts omits normalizationChain). */
interface OpenccConfig {
  normalizationChain?: readonly DictGroup[];
  segmentation?: DictLike | DictGroup;
  conversionChain: readonly DictGroup[];
}

/** The chain opencc-js's Converter runs for one config: normalization, segmentation, conversion. */
interface DictChain {
  normalization: readonly DictGroup[];
  segmentation: DictLike | DictGroup | null;
  conversion: readonly DictGroup[];
}

type Dict = Map<string, string>;

/** Trie.loadDict: entries in order, a later duplicate overwrites an earlier one. */
function loadDict(into: Dict, dict: DictLike): void {
  if (typeof dict === 'string') {
    for (const line of dict.split('|')) {
      const [key, value] = line.split(' ');
      if (key === undefined || value === undefined) throw new TypeError(`Invalid dictionary entry: ${line}`);
      into.set(key, value);
    }
    return;
  }
  for (const [key, value] of dict) into.set(key, value);
}

/** Trie.loadDictGroup: dictionaries loaded in reverse, so the first dictionary wins. */
function mergeGroup(group: DictGroup): Dict {
  const merged: Dict = new Map();
  for (const dict of [...group].reverse()) loadDict(merged, dict);
  return merged;
}

/** ConverterFactoryWithSegmentation: a group of serialized dicts, or a single dict. */
function mergeSegmentation(segmentation: DictLike | DictGroup): Dict {
  if (Array.isArray(segmentation) && segmentation.every((d) => typeof d === 'string')) {
    return mergeGroup(segmentation as DictGroup);
  }
  const merged: Dict = new Map();
  loadDict(merged, segmentation as DictLike);
  return merged;
}

/** ConverterBuilder's fallback when no preset config exists: from-groups then to-groups, nothing else. */
function fallbackChain(from: Source, to: Target): DictChain {
  const groupsOf = (table: Record<string, readonly DictGroup[]>, locale: string): readonly DictGroup[] => {
    if (locale === 't') return [];
    const groups = table[locale];
    if (!groups) throw new Error(`opencc-js has no dictionaries for locale ${locale}`);
    return groups;
  };
  return { normalization: [], segmentation: null, conversion: [...groupsOf(presetFrom, from), ...groupsOf(presetTo, to)] };
}

/** The dictionaries opencc-js's `Converter({ from, to })` uses for this config. */
export function dictChainFor(name: ConfigName): DictChain {
  const preset = (presetConfigs as Record<string, OpenccConfig | undefined>)[name];
  if (!preset) return fallbackChain(...configEnds(name));
  return {
    normalization: preset.normalizationChain ?? [],
    segmentation: preset.segmentation ?? null,
    conversion: preset.conversionChain,
  };
}

function firstCodePoint(key: string): string {
  const cp = key.codePointAt(0);
  if (cp === undefined) throw new TypeError('Empty dictionary key');
  return String.fromCodePoint(cp);
}

function assertEncodable(key: string, value: string): void {
  if (/[ |.:]/.test(key) || /[ |.:]/.test(value) || value === '=' || value === '') {
    throw new TypeError(`Dictionary entry cannot be encoded: ${JSON.stringify([key, value])}`);
  }
}

/** Suffixes by first UTF-16 unit, then longest first, then code unit order (deterministic). */
function bySuffixOrder(a: [string, string], b: [string, string]): number {
  const [x, y] = [a[0], b[0]];
  return x.charCodeAt(0) - y.charCodeAt(0) || y.length - x.length || (x < y ? -1 : x > y ? 1 : 0);
}

/** What the group gives a key when each of its code points is converted alone (one-code-point keys). */
export function charwise(key: string, singles: ReadonlyMap<string, string>): string {
  let out = '';
  for (const c of key) out += singles.get(c) ?? c;
  return out;
}

/**
 * A phrase value as stored: empty when it equals the key converted code point by code point (80 %
 * of STPhrases: the phrase is there to steer segmentation, its value adds nothing); `=` when it
 * equals the key; when key and value have as many code points, each code point equal to the key's
 * at the same place becomes `.` (一丝不挂 → .絲.掛).
 */
export function encodeValue(key: string, value: string, singles: ReadonlyMap<string, string> = new Map()): string {
  if (value === charwise(key, singles)) return '';
  if (value === key) return '=';
  const k = [...key];
  const v = [...value];
  if (k.length !== v.length) return value;
  return v.map((c, i) => (c === k[i] ? '.' : c)).join('');
}

function encodeBucket(first: string, entries: [string, string][], singles: ReadonlyMap<string, string>): string {
  let single = '';
  const longer: [string, string][] = [];
  for (const [key, value] of entries) {
    if (key === first) single = value === key ? '=' : value;
    else longer.push([key.slice(first.length), encodeValue(key, value, singles)]);
  }
  const runs: string[] = [];
  let previous = -1;
  for (const [suffix, value] of longer.sort(bySuffixOrder)) {
    const code = suffix.charCodeAt(0);
    // Every suffix of a run starts with the run's unit, written once at its head.
    const rest = suffix.slice(1);
    const entry = value === '' ? rest : `${rest}${VALUE_SEPARATOR}${value}`;
    if (code === previous) runs[runs.length - 1] += ` ${entry}`;
    else runs.push(`${suffix.charAt(0)}${entry}`);
    previous = code;
  }
  return [single, ...runs].join('|');
}

/** Bucket a merged dictionary by first code point, sorted, so the output is deterministic. */
export function compileGroup(dict: Dict): CompiledGroup {
  const buckets = new Map<string, [string, string][]>();
  for (const [key, value] of dict) {
    assertEncodable(key, value);
    const first = firstCodePoint(key);
    const bucket = buckets.get(first);
    if (bucket) bucket.push([key, value]);
    else buckets.set(first, [[key, value]]);
  }
  const singles = new Map([...dict].filter(([key]) => key === firstCodePoint(key)));
  const starts = [...buckets.keys()].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0));
  return { starts: starts.join(''), buckets: starts.map((s) => encodeBucket(s, buckets.get(s) ?? [], singles)) };
}

const isMultiCodePoint = (key: string): boolean => key.length > firstCodePoint(key).length;

function sameKeys(a: ReadonlySet<string>, b: readonly string[]): boolean {
  return a.size === b.length && b.every((k) => a.has(k));
}

/** Segmentation as a reference to a conversion group when its keys are that group's phrases. */
function compileSegmentation(segmentation: Dict, conversion: readonly Dict[]): CompiledSegmentation {
  const keys = new Set(segmentation.keys());
  const group = conversion.findIndex((g) => sameKeys(keys, [...g.keys()].filter(isMultiCodePoint)));
  if (group >= 0) return { group };
  return { keys: compileGroup(new Map([...keys].map((k) => [k, k]))) };
}

/** Memo of merged and compiled groups, keyed by the identity of the dictionaries they merge. */
interface GroupCache {
  dictIds: Map<DictLike, number>;
  merged: Map<string, Dict>;
  compiled: Map<string, CompiledGroup>;
}

function groupKey(cache: GroupCache, group: DictGroup): string {
  return group
    .map((dict) => {
      let id = cache.dictIds.get(dict);
      if (id === undefined) {
        id = cache.dictIds.size;
        cache.dictIds.set(dict, id);
      }
      return id;
    })
    .join(',');
}

function cached<T>(memo: Map<string, T>, key: string, make: () => T): T {
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const value = make();
  memo.set(key, value);
  return value;
}

/**
 * A compiler that reuses merged groups across configs (s2t, s2tw, s2twp and s2hk share the
 * STPhrases group), so compiling every config costs little more than compiling one.
 */
export function createCompiler(): (name: ConfigName) => CompiledConfig {
  const cache: GroupCache = { dictIds: new Map(), merged: new Map(), compiled: new Map() };
  const merge = (group: DictGroup): Dict => cached(cache.merged, groupKey(cache, group), () => mergeGroup(group));
  const compile = (group: DictGroup): CompiledGroup =>
    cached(cache.compiled, groupKey(cache, group), () => compileGroup(merge(group)));

  return (name) => {
    const chain = dictChainFor(name);
    return {
      format: 4,
      name,
      normalization: chain.normalization.map(compile),
      segmentation: chain.segmentation
        ? compileSegmentation(mergeSegmentation(chain.segmentation), chain.conversion.map(merge))
        : null,
      conversion: chain.conversion.map(compile),
    };
  };
}

/** Compile one config from opencc-js's dictionaries. Deterministic: same input, same JSON. */
export function compileConfig(name: ConfigName): CompiledConfig {
  return createCompiler()(name);
}
