// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { configEnds, configFor, isPhraseLocalising, SOURCES, TARGETS, withoutPhrases } from '@/lib/convert/config';
import { CONFIG_NAMES } from '@/lib/convert/types';

describe('configFor', () => {
  it('names configs as opencc-js does', () => {
    expect(configFor('cn', 'twp')).toBe('s2twp');
    expect(configFor('tw', 'cn')).toBe('tw2s');
    expect(configFor('twp', 'cn')).toBe('tw2sp');
    expect(configFor('hk', 'cn')).toBe('hk2s');
    expect(configFor('t', 'tw')).toBe('t2tw');
    expect(configFor('tw', 'hk')).toBe('tw2hk');
  });

  it('returns null when source and target are the same', () => {
    for (const s of SOURCES) expect(configFor(s, s as (typeof TARGETS)[number])).toBeNull();
  });

  it('uses tw2sp for a Taiwan source with phrases, only towards cn', () => {
    expect(configFor('tw', 'cn', { phrases: true })).toBe('tw2sp');
    expect(configFor('tw', 't', { phrases: true })).toBe('tw2t');
    expect(configFor('tw', 'tw', { phrases: true })).toBeNull();
  });

  it('covers exactly CONFIG_NAMES', () => {
    const names = SOURCES.flatMap((s) => TARGETS.map((t) => configFor(s, t))).filter((n) => n !== null);
    expect(new Set(names)).toEqual(new Set(CONFIG_NAMES));
    expect(names.length).toBe(CONFIG_NAMES.length);
    for (const name of CONFIG_NAMES) expect(configFor(...configEnds(name))).toBe(name);
  });
});

describe('phrase configs', () => {
  it('knows which configs localise phrases', () => {
    expect(CONFIG_NAMES.filter(isPhraseLocalising).sort()).toEqual(
      ['hk2twp', 's2twp', 't2twp', 'tw2sp', 'tw2twp', 'twp2hk', 'twp2t', 'twp2tw'].sort(),
    );
  });

  it('maps each to its plain twin', () => {
    expect(withoutPhrases('s2twp')).toBe('s2tw');
    expect(withoutPhrases('tw2sp')).toBe('tw2s');
    expect(withoutPhrases('tw2twp')).toBeNull();
    expect(withoutPhrases('s2t')).toBe('s2t');
  });
});
