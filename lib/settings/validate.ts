import { DEFAULT_SETTINGS } from './defaults';
import { SITE_RULES, TARGETS, THEMES, UI_LANGUAGES, type Settings } from './types';

export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: string };

const KNOWN_KEYS = new Set(Object.keys(DEFAULT_SETTINGS));

function isOneOf<T>(list: readonly T[], value: unknown): value is T {
  return list.includes(value as T);
}

/**
 * Validates an exported settings file. Anything unexpected (bad JSON, unknown fields, wrong types)
 * is refused with a message naming the problem; nothing is partially applied.
 */
export function parseSettingsExport(json: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    return { ok: false, error: `Not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, error: 'Expected a JSON object with the settings fields.' };
  }
  const record = data as Record<string, unknown>;
  const settingsField = 'settings' in record && record.format === 'zh-security-reader-settings' ? record.settings : record;
  if (typeof settingsField !== 'object' || settingsField === null || Array.isArray(settingsField)) {
    return { ok: false, error: 'The "settings" field must be an object.' };
  }
  const input = settingsField as Record<string, unknown>;
  const unknown = Object.keys(input).filter((key) => !KNOWN_KEYS.has(key));
  if (unknown.length > 0) return { ok: false, error: `Unknown field(s): ${unknown.join(', ')}` };

  const out: Settings = { ...DEFAULT_SETTINGS, siteRules: {}, protectedTerms: [] };
  if ('preferredTarget' in input) {
    if (input.preferredTarget !== null && !isOneOf(TARGETS, input.preferredTarget)) {
      return { ok: false, error: `preferredTarget must be null or one of ${TARGETS.join(', ')}` };
    }
    out.preferredTarget = input.preferredTarget;
  }
  for (const key of ['phraseLocalization', 'hidePinyinArtifacts', 'autoConvertNews'] as const) {
    if (key in input) {
      if (typeof input[key] !== 'boolean') return { ok: false, error: `${key} must be true or false` };
      out[key] = input[key];
    }
  }
  if ('siteRules' in input) {
    const rules = input.siteRules;
    if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
      return { ok: false, error: 'siteRules must be an object of host → rule' };
    }
    for (const [host, rule] of Object.entries(rules)) {
      if (!/^[a-z0-9.-]+(:\d+)?$/i.test(host)) return { ok: false, error: `siteRules: not a host name: ${host}` };
      if (!isOneOf(SITE_RULES, rule)) return { ok: false, error: `siteRules.${host} must be one of ${SITE_RULES.join(', ')}` };
      out.siteRules[host.toLowerCase()] = rule;
    }
  }
  if ('protectedTerms' in input) {
    const terms = input.protectedTerms;
    if (!Array.isArray(terms) || !terms.every((t) => typeof t === 'string')) {
      return { ok: false, error: 'protectedTerms must be a list of strings' };
    }
    out.protectedTerms = normalizeTerms(terms as string[]);
  }
  if ('uiLanguage' in input) {
    if (!isOneOf(UI_LANGUAGES, input.uiLanguage)) return { ok: false, error: `uiLanguage must be one of ${UI_LANGUAGES.join(', ')}` };
    out.uiLanguage = input.uiLanguage;
  }
  if ('theme' in input) {
    if (!isOneOf(THEMES, input.theme)) return { ok: false, error: `theme must be one of ${THEMES.join(', ')}` };
    out.theme = input.theme;
  }
  return { ok: true, settings: out };
}

export function formatSettingsExport(settings: Settings): string {
  return `${JSON.stringify({ format: 'zh-security-reader-settings', version: 1, settings }, null, 2)}\n`;
}

/** Trims, drops empties and duplicates, keeps the reader's order. */
export function normalizeTerms(terms: string[]): string[] {
  return [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))];
}
