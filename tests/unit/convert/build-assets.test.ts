// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildDictionaryAssets } from '@/lib/convert/build-assets';
import { createConverter } from '@/lib/convert/engine';
import { CONFIG_NAMES, type CompiledConfig } from '@/lib/convert/types';

describe('buildDictionaryAssets', () => {
  const assets = buildDictionaryAssets();

  it('writes one dict/<config>.json per config', () => {
    expect(assets.map((a) => a.relativeDest)).toEqual(CONFIG_NAMES.map((n) => `dict/${n}.json`));
  });

  it('is deterministic', () => {
    expect(buildDictionaryAssets()).toEqual(assets);
  });

  it('writes configs the engine loads', () => {
    for (const { relativeDest, contents } of assets) {
      const compiled = JSON.parse(contents) as CompiledConfig;
      expect(`dict/${compiled.name}.json`).toBe(relativeDest);
      expect(typeof createConverter(compiled).convert('网络安全')).toBe('string');
    }
  });

  it('stores the s2* segmentation as a reference, not a second copy of STPhrases', () => {
    const s2tw = JSON.parse(assets.find((a) => a.relativeDest === 'dict/s2tw.json')?.contents ?? '{}') as CompiledConfig;
    expect(s2tw.segmentation).toEqual({ group: 0 });
  });
});
