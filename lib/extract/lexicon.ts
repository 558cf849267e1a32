// Parsers (and their `format` twins) for the data files under ./data. Pure: text in, records out.
import type { OrgType, StatKind } from './types';

export interface UnitEntry {
  unit: string;
  kind: StatKind;
  multiplier: number;
  /** Continuations that show the unit is the start of another word (周岁, 成立). */
  notBefore: string[];
}

export type ApproxPosition = 'before' | 'inside' | 'after';

export interface ApproxEntry {
  word: string;
  position: ApproxPosition;
}

export interface GazetteerEntry {
  name: string;
  type: OrgType;
  english: string | null;
  parent: string | null;
  aliases: string[];
}

export type StemKind = 'name' | 'local' | 'police' | 'brand';

export interface SuffixEntry {
  suffix: string;
  type: OrgType;
  stem: StemKind;
  english: string | null;
  notBefore: string[];
}

export interface PlaceEntry {
  name: string;
  english: string | null;
}

const ORG_TYPES: readonly OrgType[] = [
  'police', 'party', 'government', 'court', 'company', 'school', 'media', 'association', 'other',
];
const STAT_KINDS: readonly StatKind[] = ['count', 'percent', 'money', 'duration', 'measure'];
const STEMS: readonly StemKind[] = ['name', 'local', 'police', 'brand'];
const POSITIONS: readonly ApproxPosition[] = ['before', 'inside', 'after'];

/** Lines that carry data: no blank lines, no `#` comment lines. Trailing CR is dropped. */
export function dataLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

export function parseList(text: string): string[] {
  return dataLines(text).map((line) => line.trim());
}

export function formatList(items: readonly string[]): string {
  return items.map((item) => `${item}\n`).join('');
}

export function parseTsv(text: string): string[][] {
  return dataLines(text).map((line) => line.split('\t'));
}

export function formatTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.join('\t')}\n`).join('');
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], what: string): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`bad ${what}: ${String(value)}`);
}

function orNull(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : value;
}

function splitBar(value: string | undefined): string[] {
  return value ? value.split('|').filter((v) => v !== '') : [];
}

export function parseUnits(text: string): UnitEntry[] {
  return parseTsv(text).map(([unit = '', kind, multiplier, notBefore]) => ({
    unit,
    kind: oneOf(kind, STAT_KINDS, 'unit kind'),
    multiplier: Number(multiplier),
    notBefore: splitBar(notBefore),
  }));
}

export function formatUnits(units: readonly UnitEntry[]): string {
  return formatTsv(units.map((u) => [u.unit, u.kind, String(u.multiplier), u.notBefore.join('|')]));
}

export function parseApprox(text: string): ApproxEntry[] {
  return parseTsv(text).map(([word = '', position]) => ({
    word,
    position: oneOf(position, POSITIONS, 'approx position'),
  }));
}

export function formatApprox(entries: readonly ApproxEntry[]): string {
  return formatTsv(entries.map((e) => [e.word, e.position]));
}

export function parseGazetteer(text: string): GazetteerEntry[] {
  return parseTsv(text).map(([name = '', type, english, parent, aliases]) => ({
    name,
    type: oneOf(type, ORG_TYPES, 'org type'),
    english: orNull(english),
    parent: orNull(parent),
    aliases: splitBar(aliases),
  }));
}

export function formatGazetteer(entries: readonly GazetteerEntry[]): string {
  return formatTsv(
    entries.map((e) => [e.name, e.type, e.english ?? '', e.parent ?? '', e.aliases.join('|')]),
  );
}

export function parseSuffixes(text: string): SuffixEntry[] {
  return parseTsv(text).map(([suffix = '', type, stem, english, notBefore]) => ({
    suffix,
    type: oneOf(type, ORG_TYPES, 'org type'),
    stem: oneOf(stem, STEMS, 'stem kind'),
    english: orNull(english),
    notBefore: splitBar(notBefore),
  }));
}

export function formatSuffixes(entries: readonly SuffixEntry[]): string {
  return formatTsv(
    entries.map((e) => [e.suffix, e.type, e.stem, e.english ?? '', e.notBefore.join('|')]),
  );
}

/** name<TAB>english (english optional): place names and name words. */
export function parseGlossary(text: string): PlaceEntry[] {
  return parseTsv(text).map(([name = '', english]) => ({ name: name.trim(), english: orNull(english) }));
}

export function formatGlossary(entries: readonly PlaceEntry[]): string {
  return formatTsv(entries.map((e) => (e.english ? [e.name, e.english] : [e.name])));
}

export const parsePlaces = parseGlossary;
export const formatPlaces = formatGlossary;

/** Fold table: one Traditional character → one Simplified character. */
export function parseFold(text: string): Map<string, string> {
  const fold = new Map<string, string>();
  for (const [from, to] of parseTsv(text)) {
    if (from && to) fold.set(from, to);
  }
  return fold;
}

export function formatFold(fold: ReadonlyMap<string, string>): string {
  return formatTsv([...fold].map(([from, to]) => [from, to]));
}
