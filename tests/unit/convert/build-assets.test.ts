// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeDictionary, dictionaryPath, encodeDictionary } from '@/lib/convert/asset';
import { buildDictionaryAssets } from '@/lib/convert/build-assets';
import { compileConfig } from '@/lib/convert/compile';
import { createConverter } from '@/lib/convert/engine';
import { CONFIG_NAMES, type CompiledConfig } from '@/lib/convert/types';

describe('buildDictionaryAssets', () => {
  const assets = buildDictionaryAssets();
  const decoded = (name: string) => decodeDictionary(assets.find((a) => a.relativeDest === `dict/${name}.json16`)?.bytes ?? new Uint8Array());

  it('writes one dict/<config>.json16 per config', () => {
    expect(assets.map((a) => a.relativeDest)).toEqual(CONFIG_NAMES.map((n) => `dict/${n}.json16`));
    expect(CONFIG_NAMES.map(dictionaryPath)).toEqual(assets.map((a) => a.relativeDest));
  });

  it('is deterministic', () => {
    expect(buildDictionaryAssets()).toEqual(assets);
  });

  it('writes configs the engine loads, equal to what the compiler made', () => {
    for (const name of CONFIG_NAMES) {
      const compiled = decoded(name);
      expect(compiled.name).toBe(name);
      expect(compiled).toEqual(compileConfig(name));
      expect(typeof createConverter(compiled).convert('网络安全')).toBe('string');
    }
  });

  it('stores the s2* segmentation as a reference, not a second copy of STPhrases', () => {
    expect(decoded('s2tw').segmentation).toEqual({ group: 0 });
  });

  it('refuses a file of another format', () => {
    const old = encodeDictionary({ ...compileConfig('t2s'), format: 3 } as unknown as CompiledConfig);
    expect(() => decodeDictionary(old)).toThrow(/format/);
  });
});
