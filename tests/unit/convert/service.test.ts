// @vitest-environment node
// The service loads each config once (a pending load is shared), and protects spans for phrases.
import { describe, expect, it, vi } from 'vitest';
import { createConversionService } from '@/lib/convert/service';
import type { CompiledConfig, ConfigName } from '@/lib/convert/types';
import { compiledFor } from './helpers';

function setup() {
  const loadConfig = vi.fn(async (name: ConfigName): Promise<CompiledConfig> => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    return compiledFor(name);
  });
  return { loadConfig, service: createConversionService({ loadConfig }) };
}

describe('createConversionService', () => {
  it('shares a pending load between concurrent calls', async () => {
    const { loadConfig, service } = setup();
    const [a, b] = await Promise.all([
      service.convertTexts(['发展'], 'cn', 't'),
      service.convertTexts(['软件'], 'cn', 't'),
    ]);
    expect(a).toEqual(['發展']);
    expect(b).toEqual(['軟件']);
    expect(loadConfig).toHaveBeenCalledTimes(1);
    await service.convertTexts(['后'], 'cn', 't');
    expect(loadConfig).toHaveBeenCalledTimes(1);
  });

  it('loads nothing when there is nothing to do', async () => {
    const { loadConfig, service } = setup();
    expect(await service.convertTexts(['发展', ''], 'cn', 'cn')).toEqual(['发展', '']);
    expect(await service.convertPieces(['发展', ''], 'tw', 'tw')).toEqual([[[2, '发展']], []]);
    expect(loadConfig).not.toHaveBeenCalled();
  });

  it('loads the phrase config and its plain twin for twp, protecting spans', async () => {
    const { loadConfig, service } = setup();
    const org = '国家互联网信息办公室';
    const out = await service.convertTexts([`${org}：互联网`], 'cn', 'twp', {
      findProtected: (t) => [{ start: 0, end: t.indexOf('：') }],
    });
    expect(out).toEqual(['國家互聯網信息辦公室：網際網路']);
    expect(loadConfig.mock.calls.map(([n]) => n).sort()).toEqual(['s2tw', 's2twp']);
  });

  it('uses tw2sp for a twp source', async () => {
    const { service } = setup();
    expect(await service.convertTexts(['軟體'], 'twp', 'cn')).toEqual(['软件']);
    expect(await service.convertTexts(['軟體'], 'tw', 'cn')).toEqual(['软体']);
  });

  it('returns pieces that cover each text', async () => {
    const { service } = setup();
    const [pieces] = await service.convertPieces(['网络安全abc'], 'cn', 'tw');
    expect(pieces?.reduce((n, [l]) => n + l, 0)).toBe(7);
    expect(pieces?.map(([, o]) => o).join('')).toBe('網絡安全abc');
  });

  it('retries a failed load', async () => {
    let fail = true;
    const loadConfig = vi.fn(async (name: ConfigName) => {
      if (fail) throw new Error('offline');
      return compiledFor(name);
    });
    const service = createConversionService({ loadConfig });
    await expect(service.convertTexts(['发'], 'cn', 't')).rejects.toThrow('offline');
    fail = false;
    expect(await service.convertTexts(['发'], 'cn', 't')).toEqual(['發']);
    expect(loadConfig).toHaveBeenCalledTimes(2);
  });
});
