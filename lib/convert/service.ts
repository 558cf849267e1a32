// Conversion service for the background: loads compiled configs on demand (a pending load is
// shared, a failed one retried next time), caches converters, applies protected spans when the
// config localises phrases.
import { configFor, isPhraseLocalising, withoutPhrases } from './config';
import { createConverter } from './engine';
import { convertPiecesProtected, convertProtected, findProtectedSpans, type ProtectionOptions } from './protected-terms';
import type { CompiledConfig, ConfigName, Converter, Piece, Source, Target } from './types';

export interface ConversionServiceDeps {
  loadConfig: (name: ConfigName) => Promise<CompiledConfig>;
}

export type ConversionOptions = ProtectionOptions;

export interface ConversionService {
  convertTexts(texts: string[], from: Source, to: Target, opts?: ConversionOptions): Promise<string[]>;
  convertPieces(texts: string[], from: Source, to: Target, opts?: ConversionOptions): Promise<Piece[][]>;
}

/** The converters one conversion needs: the config, and its phrase-free twin when it localises phrases. */
interface Plan {
  converter: Converter;
  protect: { plain: Converter | null } | null;
}

export function createConversionService({ loadConfig }: ConversionServiceDeps): ConversionService {
  const converters = new Map<ConfigName, Promise<Converter>>();

  function converterFor(name: ConfigName): Promise<Converter> {
    const cached = converters.get(name);
    if (cached) return cached;
    const pending = loadConfig(name).then(createConverter);
    converters.set(name, pending);
    pending.catch(() => converters.delete(name));
    return pending;
  }

  async function planFor(name: ConfigName): Promise<Plan> {
    if (!isPhraseLocalising(name)) return { converter: await converterFor(name), protect: null };
    const plainName = withoutPhrases(name);
    const [converter, plain] = await Promise.all([converterFor(name), plainName ? converterFor(plainName) : null]);
    return { converter, protect: { plain } };
  }

  async function convertTexts(texts: string[], from: Source, to: Target, opts: ConversionOptions = {}): Promise<string[]> {
    const name = configFor(from, to);
    if (!name) return texts.slice();
    const { converter, protect } = await planFor(name);
    if (!protect) return texts.map((text) => converter.convert(text));
    return texts.map((text) => convertProtected(text, converter, protect.plain, findProtectedSpans(text, opts)));
  }

  async function convertPieces(texts: string[], from: Source, to: Target, opts: ConversionOptions = {}): Promise<Piece[][]> {
    const name = configFor(from, to);
    if (!name) return texts.map((text): Piece[] => (text === '' ? [] : [[text.length, text]]));
    const { converter, protect } = await planFor(name);
    if (!protect) return texts.map((text) => converter.convertPieces(text));
    return texts.map((text) => convertPiecesProtected(text, converter, protect.plain, findProtectedSpans(text, opts)));
  }

  return { convertTexts, convertPieces };
}
