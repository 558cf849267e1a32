import text from '../data/meta-names.tsv?raw';
import { parseTable } from './parse-table';

export type MetaField =
  | 'title' | 'site' | 'source' | 'published' | 'author' | 'section' | 'url' | 'siteDomain' | 'siteCode' | 'columnType';

export interface MetaName {
  name: string;
  field: MetaField;
  family: 'gov' | 'og' | 'press' | 'generic';
}

export function parseMetaNames(source: string): MetaName[] {
  return parseTable(source).map(([name = '', field = '', family = '']) => ({
    name,
    field: field as MetaField,
    family: family as MetaName['family'],
  }));
}

/** In priority order: for each field the first tag present wins. */
export const META_NAMES: readonly MetaName[] = Object.freeze(parseMetaNames(text));

/** The first meta content for `field`, following the priority order of meta-names.tsv. */
export function metaValue(metas: ReadonlyMap<string, string>, field: MetaField): { name: string; value: string } | null {
  for (const m of META_NAMES) {
    if (m.field !== field) continue;
    const value = metas.get(m.name);
    if (value) return { name: m.name, value };
  }
  return null;
}
