// Which opencc-js config converts `from` → `to`, named exactly as opencc-js's Converter names it.
import type { ConfigName, Source, Target } from './types';

export const SOURCES: readonly Source[] = ['cn', 't', 'tw', 'twp', 'hk'];
export const TARGETS: readonly Target[] = ['cn', 't', 'tw', 'twp', 'hk'];

export interface ConfigOptions {
  /**
   * The source uses Taiwan phrases (軟體, 網際網路): converting `tw` to `cn` then also reverts them
   * (tw2sp, as opencc-js does for `from: 'twp'`). Other targets are unaffected.
   */
  phrases?: boolean;
}

/** opencc-js's getConfigName (core.js), restricted to the locales we support. */
function openccConfigName(from: Source, to: Target): string {
  if (from === 'cn') return `s2${to}`;
  if (to === 'cn') return from === 'twp' ? 'tw2sp' : `${from}2s`;
  return `${from}2${to}`;
}

/** The config for a conversion, or null when there is nothing to do (same script on both sides). */
export function configFor(from: Source, to: Target, opts: ConfigOptions = {}): ConfigName | null {
  const source: Source = opts.phrases === true && from === 'tw' && to === 'cn' ? 'twp' : from;
  if (source === to) return null;
  return openccConfigName(source, to) as ConfigName;
}

/** The (from, to) pair of every config, derived from configFor so the two can never disagree. */
function buildEnds(): ReadonlyMap<ConfigName, readonly [Source, Target]> {
  const ends = new Map<ConfigName, readonly [Source, Target]>();
  for (const from of SOURCES) {
    for (const to of TARGETS) {
      const name = configFor(from, to);
      if (name) ends.set(name, [from, to]);
    }
  }
  return ends;
}

const CONFIG_ENDS = buildEnds();

/** The (from, to) pair a config converts between. */
export function configEnds(config: ConfigName): readonly [Source, Target] {
  const ends = CONFIG_ENDS.get(config);
  if (!ends) throw new Error(`Unknown conversion config: ${config}`);
  return ends;
}

/** True when the config localises (or de-localises) Taiwan phrases, not only characters. */
export function isPhraseLocalising(config: ConfigName): boolean {
  const [from, to] = configEnds(config);
  return from === 'twp' || to === 'twp';
}

/**
 * The same conversion without the phrase step (s2twp → s2tw, tw2sp → tw2s), or null when only
 * the phrase step would have changed anything (tw → twp). A config without phrases maps to itself.
 */
export function withoutPhrases(config: ConfigName): ConfigName | null {
  const [from, to] = configEnds(config);
  const plain = (x: Source): Source => (x === 'twp' ? 'tw' : x);
  return configFor(plain(from), plain(to) as Target);
}
