// The panel against real extractor output on the five seed articles: shapes line up end to end.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SummaryPanel } from '@/components/summary-panel';
import { extract } from '@/lib/extract/index';
import { createTranslator } from '@/lib/i18n/translate';
import { toCsv, toJson, toMarkdown } from '@/lib/panel/export';
import type { PanelMention } from '@/lib/panel/mentions';
import { groupOrganizations } from '@/lib/panel/organizations';
import type { PanelSnapshot } from '@/lib/panel/state';
import { DEFAULT_SETTINGS } from '@/lib/settings/items';
import { mount } from './render';
import { sampleReport } from './sample-report';

const seedDir = join(import.meta.dirname, '../../fixtures/seeds');
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt'));

/** What the content script sends, sentence text included (as the panel asks it to). */
function reportFor(text: string) {
  const mentions: PanelMention[] = extract(text).map((m, id) =>
    m.type === 'STAT' ? { ...m, id, shown: m.text, sentenceText: text.slice(m.sentence.start, m.sentence.end) } : { ...m, id, shown: m.text },
  );
  return sampleReport({ mentions });
}

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

describe.each(seeds)('seed %s', (seed) => {
  const text = readFileSync(join(seedDir, seed), 'utf8');
  const report = reportFor(text);
  const stats = report.mentions.filter((m) => m.type === 'STAT');
  const groups = groupOrganizations(report.mentions);

  it('renders every figure and each organization once', () => {
    const snapshot: PanelSnapshot = {
      status: 'ready', tabId: 1, report, unavailable: null, host: 'example.org', converting: false, notice: null,
      settings: { ...DEFAULT_SETTINGS, siteRules: {}, protectedTerms: [] },
    };
    const noop = vi.fn(async () => undefined);
    const actions = { setTarget: noop, setHighlights: noop, reveal: noop, setSiteRule: noop, setPhrases: noop, copy: noop, exportSummary: vi.fn(), openOptions: vi.fn() };
    const view = mount(<SummaryPanel snapshot={snapshot} actions={actions} lang="zh-Hans" t={createTranslator('zh-Hans')} />);
    cleanup = view.unmount;
    expect(stats.length).toBeGreaterThan(0);
    expect(view.container.querySelectorAll('.zhc-figure')).toHaveLength(stats.length);
    expect(view.container.querySelectorAll('.zhc-org')).toHaveLength(groups.length);
    const names = [...view.container.querySelectorAll('.zhc-org-name')].map((e) => e.textContent);
    expect(new Set(names).size).toBe(names.length);
    for (const value of view.container.querySelectorAll('.zhc-value')) expect(value.textContent).not.toMatch(/NaN|undefined/);
    // Every mention is reachable: figures directly, organizations through their mention lists.
    const reachable = new Set([...stats.map((s) => s.id), ...groups.flatMap((g) => g.mentionIds)]);
    expect(reachable.size).toBe(report.mentions.length);
  });

  it('exports all of it', () => {
    const accessed = new Date(2026, 10, 22);
    expect(toCsv(report, { accessed }).trimEnd().split('\r\n').length).toBeGreaterThanOrEqual(1 + stats.length + groups.length);
    const json = JSON.parse(toJson(report, { accessed }));
    expect(json.figures).toHaveLength(stats.length);
    expect(json.institutions).toHaveLength(groups.length);
    expect(toMarkdown(report, { accessed })).toContain('## Institutions');
  });
});
