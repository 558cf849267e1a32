import { browser } from 'wxt/browser';
import { decodeDictionary, dictionaryPath } from '@/lib/convert/asset';
import { createConversionService } from '@/lib/convert/service';
import type { CompiledConfig, ConfigName, Source, Target } from '@/lib/convert/types';
import { extract } from '@/lib/extract';
import { traditionalVariantOf } from '@/lib/content/sources';
import type { PageScript } from '@/lib/messaging/report';
import { getSettings, watchSettings } from '@/lib/settings/items';

/**
 * The background's converter: dictionaries are read from the extension package (never the
 * network) the first time a page needs them, then kept for every tab.
 */
export interface BackgroundConverter {
  convertTexts(texts: string[], from: Source, to: Target, phrases: boolean): Promise<string[]>;
  /** The engine alone: no protected terms (differential tests against opencc-js). */
  convertRaw(texts: string[], from: Source, to: Target): Promise<string[]>;
  /**
   * A page is about to be converted to `target`: start loading what its texts will need while the
   * page collects them (the request from the page then waits on the same load).
   */
  prefetchForPage(target: Target, page: { url: string; script: PageScript | null } | null): void;
  /** Forgets loaded dictionaries (benchmarks measure the cold path with it). */
  reset(): void;
}

export function createBackgroundConverter(): BackgroundConverter {
  const load = () => createConversionService({
    loadConfig: async (name: ConfigName): Promise<CompiledConfig> => {
      const response = await fetch(browser.runtime.getURL(`/${dictionaryPath(name)}` as '/'));
      return decodeDictionary(await response.arrayBuffer());
    },
  });
  let service = load();
  // Protected terms are read once and kept current, not read from storage on every request.
  let protectedTerms: string[] = [];
  let phrases = false;
  const ready = getSettings().then((s) => {
    protectedTerms = s.protectedTerms;
    phrases = s.phraseLocalization;
  });
  watchSettings((s) => {
    protectedTerms = s.protectedTerms;
    phrases = s.phraseLocalization;
  });
  // Organization names are protected from phrase localisation; the extractor finds them.
  const findProtected = (text: string) =>
    extract(text)
      .filter((m) => m.type === 'ORG')
      .map((m) => ({ start: m.start, end: m.end }));

  async function convertTexts(texts: string[], from: Source, to: Target, phrases: boolean): Promise<string[]> {
    const target: Target = phrases && to === 'tw' ? 'twp' : to;
    const usesPhrases = target === 'twp' || (phrases && to === 'cn' && from === 'tw');
    const source: Source = phrases && to === 'cn' && from === 'tw' ? 'twp' : from;
    await ready;
    return service.convertTexts(texts, source, target, {
      protectedTerms,
      findProtected: usesPhrases ? findProtected : undefined,
    });
  }
  return {
    convertTexts,
    convertRaw: (texts, from, to) => service.convertTexts(texts, from, to),
    prefetchForPage: (target, page) => {
      // As the page's sourceFor decides: text already in the target's script is not converted.
      const script = page?.script ?? null;
      if (target === 'cn' ? script === 'simplified' : script === 'traditional') return;
      const from: Source = target === 'cn' ? traditionalVariantOf(page?.url ?? '') : 'cn';
      void ready.then(() => convertTexts(['\u4e00'], from, target, phrases)).catch(() => undefined);
    },
    reset: () => {
      service = load();
    },
  };
}
