import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundConverter } from '@/lib/background/conversion';
import { encodeDictionary } from '@/lib/convert/asset';
import type { CompiledConfig } from '@/lib/convert/types';
import { updateSettings } from '@/lib/settings/items';

// A toggle starts loading the dictionaries its page will need before the page asks for them;
// the page's request then waits on that same load instead of starting its own.
describe('background converter: loading ahead of a page conversion', () => {
  let requested: string[];
  beforeEach(() => {
    fakeBrowser.reset();
    requested = [];
    vi.stubGlobal('fetch', async (url: string) => {
      const name = /dict\/(\w+)\.json16$/.exec(url)?.[1] ?? '?';
      requested.push(name);
      // A dictionary that maps 网 to 網 and nothing else.
      const dictionary = { format: 4, name, normalization: [], segmentation: null, conversion: [{ starts: '网', buckets: ['網'] }] };
      return { arrayBuffer: async () => encodeDictionary(dictionary as CompiledConfig) };
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

  it('loads what the target needs from the page script, once', async () => {
    const converter = createBackgroundConverter();
    converter.prefetchForPage('tw', { url: 'https://www.example.cn/a.html', script: 'simplified' });
    await settle();
    expect(requested).toEqual(['s2tw']);
    expect(await converter.convertTexts(['网'], 'cn', 'tw', false)).toEqual(['網']);
    expect(requested).toEqual(['s2tw']);
  });

  it('takes the Traditional variant from the host when converting to Simplified', async () => {
    const converter = createBackgroundConverter();
    converter.prefetchForPage('cn', { url: 'https://news.example.com.tw/a.html', script: 'traditional' });
    converter.prefetchForPage('cn', { url: 'https://news.example.hk/a.html', script: 'mixed' });
    await settle();
    expect(requested).toEqual(['tw2s', 'hk2s']);
  });

  it('loads nothing when the page is already in the target script', async () => {
    const converter = createBackgroundConverter();
    converter.prefetchForPage('cn', { url: 'https://www.example.cn/', script: 'simplified' });
    converter.prefetchForPage('hk', { url: 'https://www.example.hk/', script: 'traditional' });
    await settle();
    expect(requested).toEqual([]);
  });

  it('follows the phrase setting, as the page request will', async () => {
    await updateSettings({ phraseLocalization: true });
    const converter = createBackgroundConverter();
    converter.prefetchForPage('tw', null);
    await settle();
    expect(requested).toContain('s2twp');
  });
});
