// Shared types of the script-conversion engine (lib/convert). Pure data: no DOM, no browser APIs.

/** Script a reader can switch a page to. `twp` is Taiwan with phrase localisation (软件 → 軟體). */
export type Target = 'cn' | 't' | 'tw' | 'twp' | 'hk';

/** Script a page is written in. `twp` (Taiwan phrases) is a source only for phrase-aware conversion. */
export type Source = 'cn' | 't' | 'tw' | 'twp' | 'hk';

/**
 * Every conversion we support, named as opencc-js's `Converter({ from, to })` names it
 * (configs with a preset, plus the from/to fallback chains such as `tw2hk`).
 */
export const CONFIG_NAMES = [
  's2t', 's2tw', 's2twp', 's2hk',
  't2s', 't2tw', 't2twp', 't2hk',
  'tw2s', 'tw2t', 'tw2twp', 'tw2hk',
  'tw2sp', 'twp2t', 'twp2tw', 'twp2hk',
  'hk2s', 'hk2t', 'hk2tw', 'hk2twp',
] as const;

export type ConfigName = (typeof CONFIG_NAMES)[number];

/**
 * One longest-match replacement group, merged (first dictionary wins) and bucketed by the first
 * code point of the key. `starts` lists the first code points, one per bucket, in bucket order.
 * A bucket is `single|run|run…`: `single` is the value of the one-code-point key (empty when
 * there is none); each run holds the longer keys whose suffix (key minus its first code point)
 * starts with the same UTF-16 unit, as that unit then entries separated by spaces, longest suffix
 * first: an entry is the suffix without that unit, then VALUE_SEPARATOR + `value` unless there is
 * no value (see below). So the
 * runtime splits a bucket into runs once and scans a run in place, never sorting or re-parsing.
 * In runs, the value is left out when it equals the key converted code point by code point by this
 * group's one-code-point keys; `=` when it equals the key; when key and value have as many code
 * points, a code point equal to the key's at the same place is stored as `.` (一丝不挂 → `.絲.掛`).
 * Keys and values never contain ` `, `|` or `.` and are never empty (they come from OpenCC's
 * serialized dictionaries; the compiler checks).
 */
/** Between a suffix and its value in a run (never in keys or values: the compiler checks). */
export const VALUE_SEPARATOR = ':';

export interface CompiledGroup {
  starts: string;
  buckets: string[];
}

/**
 * Segmentation trie of a config. Only its key set matters. When it equals the multi-character
 * keys of one conversion group it is stored as a reference (`group`); otherwise as its own key
 * group whose values are all `=`.
 */
export type CompiledSegmentation = { group: number } | { keys: CompiledGroup };

/** Precompiled, JSON-serializable form of one opencc-js config. */
export interface CompiledConfig {
  format: 4;
  name: ConfigName;
  /** Applied to the whole text first, group after group (CJK compatibility ideographs). */
  normalization: CompiledGroup[];
  /** When present, text is split by longest match first and each segment converted separately. */
  segmentation: CompiledSegmentation | null;
  /** Applied to each segment, group after group. */
  conversion: CompiledGroup[];
}

/** `[sourceLength, converted]`: consecutive pieces covering the source text. */
export type Piece = [sourceLength: number, converted: string];

export interface Converter {
  readonly name: ConfigName;
  convert(text: string): string;
  /** Pieces whose source lengths sum to `text.length` and whose converted parts join to `convert(text)`. */
  convertPieces(text: string): Piece[];
}
