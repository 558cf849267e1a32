import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { SummaryPanel } from '@/components/summary-panel';
import { createTranslator } from '@/lib/i18n/translate';
import type { PanelActions, PanelSnapshot } from '@/lib/panel/state';
import { DEFAULT_SETTINGS } from '@/lib/settings/items';
import { buttonNamed, choose, click, mount, typeInto } from './render';
import { HOSTILE, hostileReport, sampleReport } from './sample-report';

function actions() {
  return {
    setTarget: vi.fn(async () => undefined),
    setHighlights: vi.fn(async () => undefined),
    reveal: vi.fn(async () => undefined),
    setSiteRule: vi.fn(async () => undefined),
    setPhrases: vi.fn(async () => undefined),
    copy: vi.fn(async () => undefined),
    exportSummary: vi.fn((_format: string) => undefined),
    openOptions: vi.fn(() => undefined),
  } satisfies PanelActions;
}

function snapshot(patch: Partial<PanelSnapshot> = {}): PanelSnapshot {
  const report = patch.report === undefined ? sampleReport() : patch.report;
  return {
    status: 'ready',
    tabId: 1,
    report,
    unavailable: null,
    settings: { ...DEFAULT_SETTINGS, siteRules: {}, protectedTerms: [] },
    host: 'www.nbpolice.gov.cn',
    converting: false,
    notice: null,
    ...patch,
  };
}

const en = createTranslator('en');
let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

function show(snap: PanelSnapshot, lang: 'en' | 'zh-Hans' | 'zh-Hant' = 'en', acts = actions()) {
  const view = mount(<SummaryPanel snapshot={snap} actions={acts} lang={lang} t={createTranslator(lang)} />);
  cleanup = view.unmount;
  return { ...view, acts };
}

describe('SummaryPanel', () => {
  it('shows the header: page type, confidence, script, title, source, date, reporters', () => {
    const { container } = show(snapshot());
    const header = container.querySelector('header')!;
    expect(header.textContent).toContain('Press');
    expect(header.textContent).toContain('86% confidence');
    expect(header.textContent).toContain('Simplified');
    expect(container.querySelector('h1')!.textContent).toBe('宁波公安：筑牢网络安全防线，护航民营经济发展');
    expect(header.textContent).toContain('长三角政法融媒体宁波中心');
    expect(header.textContent).toContain('2024');
    expect(header.textContent).toContain('黄素珍, 徐超');
    const details = header.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent).toBe('Why this type?');
    expect(details.textContent).toContain('Site name names a newspaper: 宁波日报');
  });

  it('lists every figure as value, unit and what it counts, with approximation and exact value', () => {
    const { container } = show(snapshot(), 'zh-Hans');
    const figures = [...container.querySelectorAll('#zhc-figures-heading ~ ul > li')];
    expect(figures).toHaveLength(4);
    expect(figures[0]!.querySelector('.zhc-figure-line')!.textContent).toBe('136余家·企业');
    expect(figures[1]!.querySelector('.zhc-figure-line')!.textContent).toBe('1.8亿余条·公民个人信息');
    expect(figures[1]!.querySelector('.zhc-full')!.textContent).toBe('180,000,000');
    expect(figures[1]!.querySelector('.zhc-approx')!.getAttribute('title')).toBe('约数：“余”');
    expect(figures[2]!.querySelector('.zhc-figure-line')!.textContent).toBe('500万元');
    expect(figures[2]!.querySelector('.zhc-unit')!.textContent).toBe('元');
  });

  it('shows how the page wrote a figure only when that adds something', () => {
    const base = sampleReport();
    const report = sampleReport({
      mentions: [
        ...base.mentions,
        { ...(base.mentions[7] as Extract<(typeof base.mentions)[number], { type: 'STAT' }>), id: 9, start: 170, text: '超50%', shown: '超50%', value: 50, approx: '超' },
      ],
    });
    const { container } = show(snapshot({ report }), 'zh-Hans');
    const items = [...container.querySelectorAll('.zhc-figure')];
    const line = (i: number) => items[i]!.querySelector('.zhc-figure-line')!.textContent;
    const written = (i: number) => items[i]!.querySelector('.zhc-written')?.textContent ?? null;
    expect(written(0)).toBe('原文：136余家');
    expect(written(3)).toBeNull();
    expect(line(4)).toBe('超50%·企业');
    expect(written(4)).toBe('原文：超50%');
  });

  it('formats large values for English readers with digit grouping', () => {
    const { container } = show(snapshot());
    const values = [...container.querySelectorAll('.zhc-figure .zhc-value')].map((e) => e.textContent);
    expect(values).toEqual(['136', '180,000,000', '5,000,000', '35']);
    expect(container.querySelector('.zhc-full')).toBeNull();
  });

  it('sorts by value and groups by kind on demand', () => {
    const { container } = show(snapshot());
    const select = container.querySelector<HTMLSelectElement>('.zhc-controls select')!;
    choose(select, 'value');
    const values = () => [...container.querySelectorAll('.zhc-figure .zhc-value')].map((e) => e.textContent);
    expect(values()).toEqual(['180,000,000', '5,000,000', '136', '35']);
    const box = container.querySelector<HTMLInputElement>('.zhc-controls input[type=checkbox]')!;
    click(box);
    expect([...container.querySelectorAll('.zhc-subsection h3')].map((h) => h.firstChild!.textContent!.trim())).toContain('Counts');
  });

  it('shows the sentence on demand, marking the figure, and offers no sentence it does not have', () => {
    const { container } = show(snapshot());
    const first = container.querySelector('.zhc-figure')!;
    const toggle = buttonNamed(first, 'Sentence');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(first.querySelector('.zhc-sentence')!.textContent).toBe('去年以来，共走访辖区136余家企业，排查隐患。');
    expect(first.querySelector('mark')!.textContent).toBe('136余家');
    click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(first.querySelector('mark')).toBeNull();
    const second = container.querySelectorAll('.zhc-figure')[1]!;
    expect(() => buttonNamed(second, 'Sentence')).toThrow();
    expect(second.querySelector('.zhc-sentence')).toBeNull();
  });

  it('lists institutions by type, once each, with counts, English names and sub-units nested', () => {
    const { container } = show(snapshot());
    const police = container.querySelector('#zhc-type-police')!.closest('section')!;
    const top = police.querySelectorAll(':scope > ul > li');
    expect(top).toHaveLength(1);
    expect(top[0]!.querySelector('.zhc-org-name')!.textContent).toBe('宁波市公安局');
    expect(top[0]!.querySelector('.zhc-english')!.textContent).toBe('Ningbo Municipal Public Security Bureau');
    expect(top[0]!.querySelector('.zhc-reveal')!.getAttribute('aria-label')).toBe('Show in page: 宁波市公安局 (Ningbo Municipal Public Security Bureau)');
    const nested = top[0]!.querySelector('ul > li')!;
    expect(nested.querySelector('.zhc-org-name')!.textContent).toBe('宁波市公安局网安支队');
    expect(nested.textContent).toContain('3 mentions');
    expect(nested.textContent).toContain('Also written: 网安支队');
    expect(container.textContent).not.toContain('该支队');
    expect(container.querySelector('#zhc-type-company')).not.toBeNull();
  });

  it('reveals a figure or institution in the page and steps through an organization’s mentions', () => {
    const { container, acts } = show(snapshot());
    click(container.querySelector('.zhc-figure .zhc-reveal'));
    expect(acts.reveal).toHaveBeenLastCalledWith(2);
    const unit = container.querySelector('.zhc-children > li')!;
    click(buttonNamed(unit, 'Show in page: 宁波市公安局网安支队'));
    expect(acts.reveal).toHaveBeenLastCalledWith(1);
    click(buttonNamed(unit, 'Next mention of 宁波市公安局网安支队'));
    expect(acts.reveal).toHaveBeenLastCalledWith(5);
    expect(unit.querySelector('.zhc-position')!.textContent).toBe('2 / 3');
    expect(unit.querySelector('.zhc-position')!.getAttribute('aria-live')).toBe('polite');
    click(buttonNamed(unit, 'Next mention of 宁波市公安局网安支队'));
    click(buttonNamed(unit, 'Next mention of 宁波市公安局网安支队'));
    expect(acts.reveal).toHaveBeenLastCalledWith(1);
    click(buttonNamed(unit, 'Previous mention of 宁波市公安局网安支队'));
    expect(acts.reveal).toHaveBeenLastCalledWith(8);
  });

  it('filters figures and institutions together and says how many are shown', () => {
    const { container } = show(snapshot());
    typeInto(container.querySelector<HTMLInputElement>('input[type=search]')!, 'ningbo');
    expect(container.querySelectorAll('.zhc-figure')).toHaveLength(0);
    expect(container.textContent).toContain('No figures match the filter.');
    expect(container.querySelectorAll('.zhc-org')).toHaveLength(1);
    expect(container.querySelector('#zhc-filter-summary')!.textContent).toBe('1 of 7 shown');
    click(buttonNamed(container, 'Clear filter'));
    expect(container.querySelectorAll('.zhc-figure')).toHaveLength(4);
  });

  it('finds the figure in a trimmed or converted sentence', () => {
    const base = sampleReport();
    const stat = base.mentions[2] as Extract<(typeof base.mentions)[number], { type: 'STAT' }>;
    const report = sampleReport({ mentions: [{ ...stat, shown: '136餘家', sentenceText: '共走訪轄區136餘家企業。' }] });
    const { container } = show(snapshot({ report }), 'zh-Hant');
    click(buttonNamed(container, '原句'));
    expect(container.querySelector('.zhc-sentence mark')!.textContent).toBe('136餘家');
    expect(container.querySelector('.zhc-sentence')!.textContent).toBe('共走訪轄區136餘家企業。');
  });

  it('jumps to the filter with / but not while typing, and clears it with Escape', () => {
    const { container } = show(snapshot());
    const input = container.querySelector<HTMLInputElement>('input[type=search]')!;
    expect(input.getAttribute('aria-keyshortcuts')).toBe('/');
    const first = container.querySelector<HTMLButtonElement>('.zhc-reveal')!;
    first.focus();
    act(() => {
      first.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
    });
    expect(document.activeElement).toBe(input);
    typeInto(input, 'ningbo');
    const slash = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true });
    input.dispatchEvent(slash);
    expect(slash.defaultPrevented).toBe(false);
    act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(container.querySelectorAll('.zhc-figure')).toHaveLength(4);
  });

  it('wires the script control, phrases, site rule, highlight switch, copy and export', () => {
    const { container, acts } = show(snapshot({ report: sampleReport({ conversion: { ...sampleReport().conversion, target: 'twp' } }) }));
    const group = container.querySelector('[role=group]')!;
    const pressed = [...group.querySelectorAll('button')].filter((b) => b.getAttribute('aria-pressed') === 'true');
    expect(pressed.map((b) => b.textContent)).toEqual(['臺灣']);
    click(buttonNamed(group, 'Original'));
    expect(acts.setTarget).toHaveBeenLastCalledWith(null);
    click(buttonNamed(group, '简体'));
    expect(acts.setTarget).toHaveBeenLastCalledWith('cn');
    click(container.querySelector('.zhc-script input[type=checkbox]'));
    expect(acts.setPhrases).toHaveBeenLastCalledWith(true);
    const rule = container.querySelector<HTMLSelectElement>('#zhc-site-rule')!;
    expect(container.querySelector('label[for=zhc-site-rule]')!.textContent).toBe('On www.nbpolice.gov.cn');
    choose(rule, 'never');
    expect(acts.setSiteRule).toHaveBeenLastCalledWith('never');
    const sw = container.querySelector('[role=switch]')!;
    expect(sw.getAttribute('aria-checked')).toBe('false');
    click(sw);
    expect(acts.setHighlights).toHaveBeenLastCalledWith(true);
    click(buttonNamed(container.querySelector('.zhc-figure')!, /^Copy /));
    expect(acts.copy).toHaveBeenLastCalledWith('136 家 · 企业 (136余家)');
    click(buttonNamed(container, 'Download the summary as CSV'));
    expect(acts.exportSummary).toHaveBeenLastCalledWith('csv');
  });

  it('renders hostile page text as text: no element comes from it', () => {
    const { container } = show(snapshot({ report: hostileReport() }));
    for (const tag of ['img', 'script', 'svg', 'iframe', 'b', 'i']) expect(container.querySelector(tag)).toBeNull();
    expect(container.querySelector('h1')!.textContent).toBe(HOSTILE);
    expect(container.textContent).toContain(HOSTILE);
    expect(container.textContent).toContain('<svg onload=alert(1)>');
    const first = container.querySelector('.zhc-figure')!;
    click(buttonNamed(first, 'Sentence'));
    expect(container.querySelector('img')).toBeNull();
    expect(first.querySelector('.zhc-sentence')!.textContent).toBe(HOSTILE);
  });

  it('says plainly when the page has no Chinese text, and still offers conversion', () => {
    const { container } = show(snapshot({ report: sampleReport({ hasChinese: false, detection: null, metadata: null, mentions: [] }) }));
    expect(container.textContent).toContain(en('noChinese'));
    expect(container.querySelector('[role=group]')).not.toBeNull();
    expect(container.querySelector('#zhc-figures-heading')).toBeNull();
  });

  it('says plainly when the page is not an article', () => {
    const base = sampleReport();
    const { container } = show(snapshot({ report: sampleReport({ detection: { ...base.detection!, kind: 'other', isArticle: false }, mentions: [] }) }));
    expect(container.textContent).toContain(en('notArticle'));
    expect(container.textContent).toContain('No figures found.');
    expect(container.textContent).toContain('No institutions found.');
    expect(container.querySelector('[role=switch]')!.hasAttribute('disabled')).toBe(true);
  });

  it('shows a clear state when the page cannot be read, or while loading', () => {
    const restricted = show(snapshot({ status: 'unavailable', unavailable: 'restricted', report: null }));
    expect(restricted.container.textContent).toContain(en('unavailableRestricted'));
    expect(restricted.container.querySelector('[role=group]')).toBeNull();
    click(buttonNamed(restricted.container, 'Settings'));
    expect(restricted.acts.openOptions).toHaveBeenCalledTimes(1);
    restricted.unmount();
    const waiting = show(snapshot({ status: 'unavailable', unavailable: 'no-report', report: null }));
    expect(waiting.container.textContent).toContain(en('unavailableWaiting'));
    waiting.unmount();
    const loading = show(snapshot({ status: 'loading', report: null }));
    expect(loading.container.textContent).toContain(en('loading'));
  });

  it('announces notices in a live region', () => {
    const { container } = show(snapshot({ notice: { id: 1, key: 'exported', params: { file: 'a.md' }, tone: 'info' } }));
    const region = container.querySelector('[role=status]')!;
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('Downloaded a.md.');
  });

  it('speaks Traditional Chinese when asked', () => {
    const { container } = show(snapshot(), 'zh-Hant');
    expect(container.querySelector('#zhc-figures-heading')!.textContent).toContain('關鍵數字');
    expect(container.querySelector('.zhc-figure .zhc-value')!.textContent).toBe('136');
    expect(container.querySelectorAll('.zhc-figure .zhc-figure-line')[1]!.textContent).toBe('1.8億余条·公民个人信息');
  });
});
