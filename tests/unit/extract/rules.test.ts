// Every rule carries its own examples: `match` must fire the rule (a mention or a traced rejection
// with its id), `noMatch` must not.
import { describe, expect, it } from 'vitest';
import { explain } from '@/lib/extract/index';
import { ORG_EXCLUSIONS } from '@/lib/extract/rules/org-exclusions';
import { ORG_RULES } from '@/lib/extract/rules/org-rules';
import { STAT_EXCLUSIONS } from '@/lib/extract/rules/stat-exclusions';
import { STAT_RULES } from '@/lib/extract/rules/stat-rules';
import type { Rule } from '@/lib/extract/types';

function fired(rule: Rule, text: string): boolean {
  const { mentions, rejections } = explain(text);
  return mentions.some((m) => m.rule === rule.id) || rejections.some((r) => r.rule === rule.id);
}

const families: [string, readonly Rule[]][] = [
  ['STAT rules', STAT_RULES],
  ['STAT exclusions', STAT_EXCLUSIONS],
  ['ORG rules', ORG_RULES],
  ['ORG exclusions', ORG_EXCLUSIONS],
];

describe.each(families)('%s', (_name, rules) => {
  it('have unique kebab-case ids and examples on both sides', () => {
    for (const r of rules) {
      expect(r.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(r.examples.match.length).toBeGreaterThan(0);
      expect(r.examples.noMatch.length).toBeGreaterThan(0);
    }
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  for (const rule of rules) {
    it.each(rule.examples.match)(`${rule.id} fires on %s`, (text) => {
      expect(fired(rule, text)).toBe(true);
    });
    it.each(rule.examples.noMatch)(`${rule.id} stays quiet on %s`, (text) => {
      expect(fired(rule, text)).toBe(false);
    });
  }
});

it('rule ids are unique across all families', () => {
  const ids = families.flatMap(([, rules]) => rules.map((r) => r.id));
  expect(new Set(ids).size).toBe(ids.length);
});
