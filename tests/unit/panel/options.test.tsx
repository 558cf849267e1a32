import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { OptionsPage } from '@/components/options-page';
import { OptionsRoot } from '@/components/options-root';
import { createTranslator } from '@/lib/i18n/translate';
import { createOptionsState, type OptionsDeps } from '@/lib/panel/options-state';
import { DEFAULT_SETTINGS } from '@/lib/settings/items';
import type { Settings } from '@/lib/settings/types';
import { formatSettingsExport } from '@/lib/settings/validate';
import { flush } from './fake-deps';
import { buttonNamed, choose, click, mount, typeInto } from './render';

function fakeOptionsDeps(initial: Partial<Settings> = {}) {
  let settings: Settings = { ...DEFAULT_SETTINGS, siteRules: {}, protectedTerms: [], ...initial };
  const deps = {
    getSettings: vi.fn(async () => settings),
    updateSettings: vi.fn(async (patch: Partial<Settings>) => (settings = { ...settings, ...patch })),
    watchSettings: (_cb: (s: Settings) => void, _signal: AbortSignal) => undefined,
    download: vi.fn((_name: string, _mime: string, _text: string) => undefined),
    now: () => new Date(2026, 10, 22),
  } satisfies OptionsDeps;
  return { deps, current: () => settings };
}

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

function showPage(settings: Partial<Settings> = {}, lang: 'en' | 'zh-Hans' | 'zh-Hant' = 'en') {
  const onChange = vi.fn();
  const onExport = vi.fn();
  const onImport = vi.fn();
  const onImportTooLarge = vi.fn();
  const full: Settings = { ...DEFAULT_SETTINGS, siteRules: {}, protectedTerms: [], ...settings };
  const view = mount(
    <OptionsPage settings={full} loaded notice={null} t={createTranslator(lang)} onChange={onChange} onExport={onExport} onImport={onImport} onImportTooLarge={onImportTooLarge} />,
  );
  cleanup = view.unmount;
  return { ...view, onChange, onExport, onImport, onImportTooLarge };
}

describe('OptionsPage', () => {
  it('welcomes a first-time reader and asks for a preferred script', () => {
    const { container, onChange } = showPage();
    expect(container.querySelector('.zhc-welcome')!.textContent).toContain('Choose the script you prefer');
    const radios = [...container.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.value)).toEqual(['cn', 't', 'tw', 'hk']);
    expect(radios.some((r) => r.checked)).toBe(false);
    act(() => {
      radios[2]!.click();
    });
    expect(onChange).toHaveBeenLastCalledWith({ preferredTarget: 'tw' });
  });

  it('has no welcome once a script is chosen, and shows twp as Taiwan', () => {
    const { container } = showPage({ preferredTarget: 'twp' });
    expect(container.querySelector('.zhc-welcome')).toBeNull();
    expect(container.querySelector<HTMLInputElement>('input[value=tw]')!.checked).toBe(true);
  });

  it('toggles the three reading options', () => {
    const { container, onChange } = showPage();
    const boxes = [...container.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    expect(boxes).toHaveLength(3);
    boxes.forEach((b) => click(b));
    expect(onChange.mock.calls.map((c) => c[0])).toEqual([
      { phraseLocalization: true },
      { hidePinyinArtifacts: false },
      { autoConvertNews: false },
    ]);
  });

  it('edits, removes and adds site rules, refusing what is not a host name', () => {
    const { container, onChange } = showPage({ siteRules: { 'www.gov.cn': 'always', 'news.example.com': 'never' } });
    const items = [...container.querySelectorAll('.zhc-rule')];
    expect(items.map((li) => li.querySelector('.zhc-rule-host')!.textContent)).toEqual(['news.example.com', 'www.gov.cn']);
    choose(items[1]!.querySelector('select')!, 'never');
    expect(onChange).toHaveBeenLastCalledWith({ siteRules: { 'www.gov.cn': 'never', 'news.example.com': 'never' } });
    click(buttonNamed(container, 'Remove the rule for www.gov.cn'));
    expect(onChange).toHaveBeenLastCalledWith({ siteRules: { 'news.example.com': 'never' } });

    const input = container.querySelector<HTMLInputElement>('.zhc-rule-add input')!;
    typeInto(input, 'not a host!');
    click(buttonNamed(container, 'Add rule'));
    expect(container.querySelector('[role=alert]')!.textContent).toContain('host name');
    const calls = onChange.mock.calls.length;
    typeInto(input, 'https://WWW.Example.org/path');
    click(buttonNamed(container, 'Add rule'));
    expect(onChange.mock.calls.length).toBe(calls + 1);
    expect(onChange.mock.lastCall![0].siteRules['www.example.org']).toBe('always');
  });

  it('saves protected terms one per line, trimmed and without duplicates', () => {
    const { container, onChange } = showPage({ protectedTerms: ['网信办'] });
    const area = container.querySelector('textarea')!;
    expect(area.value).toBe('网信办');
    act(() => {
      area.value = ' 网信办 \n\n公安部\n网信办';
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    click(buttonNamed(container, 'Save terms'));
    expect(onChange).toHaveBeenLastCalledWith({ protectedTerms: ['网信办', '公安部'] });
  });

  it('chooses panel language and theme', () => {
    const { container, onChange } = showPage();
    const [language, theme] = [...container.querySelectorAll<HTMLSelectElement>('.zhc-field-inline select')];
    choose(language!, 'zh-Hant');
    expect(onChange).toHaveBeenLastCalledWith({ uiLanguage: 'zh-Hant' });
    choose(theme!, 'dark');
    expect(onChange).toHaveBeenLastCalledWith({ theme: 'dark' });
  });

  it('reads a chosen settings file, and refuses a huge one unread', async () => {
    const { container, onImport, onImportTooLarge } = showPage();
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    const choose = (file: File) => {
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      act(() => {
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
    };
    choose(new File(['{"theme":"dark"}'], 'settings.json', { type: 'application/json' }));
    await act(async () => {
      await flush();
    });
    expect(onImport).toHaveBeenCalledWith('{"theme":"dark"}');
    const huge = new File(['x'], 'video.mp4');
    Object.defineProperty(huge, 'size', { value: 50_000_000 });
    choose(huge);
    expect(onImportTooLarge).toHaveBeenCalledTimes(1);
    expect(onImport).toHaveBeenCalledTimes(1);
  });

  it('states the privacy promise in the page language', () => {
    expect(showPage().container.textContent).toContain('This extension makes no network requests; page text never leaves your browser.');
    cleanup?.();
    expect(showPage({}, 'zh-Hans').container.textContent).toContain('本扩展不发出任何网络请求');
    cleanup?.();
    expect(showPage({}, 'zh-Hant').container.textContent).toContain('本擴充功能不發出任何網路請求');
  });
});

describe('createOptionsState', () => {
  it('exports settings as the validated JSON format', async () => {
    const fake = fakeOptionsDeps({ preferredTarget: 'hk' });
    const state = createOptionsState(fake.deps);
    await state.start(new AbortController().signal);
    state.exportSettings();
    const [name, mime, text] = fake.deps.download.mock.calls[0]!;
    expect(name).toBe('zh-security-reader-settings-2026-11-22.json');
    expect(mime).toBe('application/json');
    expect(JSON.parse(text).settings.preferredTarget).toBe('hk');
  });

  it('imports a good file and refuses a bad one whole, with its message', async () => {
    const fake = fakeOptionsDeps({ preferredTarget: 'cn' });
    const state = createOptionsState(fake.deps);
    await state.start(new AbortController().signal);

    expect(await state.importSettings('{"preferredTarget": "xx", "theme": "dark"}')).toBe(false);
    expect(fake.deps.updateSettings).not.toHaveBeenCalled();
    expect(fake.current().theme).toBe('auto');
    expect(state.get().notice).toMatchObject({ key: 'importRefused', tone: 'error' });
    expect(String(state.get().notice!.params!.error)).toContain('preferredTarget');

    expect(await state.importSettings('not json')).toBe(false);
    expect(String(state.get().notice!.params!.error)).toContain('Not valid JSON');

    expect(await state.importSettings('{"theme": "dark", "fontSize": 14}')).toBe(false);
    expect(String(state.get().notice!.params!.error)).toContain('Unknown field(s): fontSize');
    expect(fake.deps.updateSettings).not.toHaveBeenCalled();
    expect(fake.current().theme).toBe('auto');

    const good = formatSettingsExport({ ...DEFAULT_SETTINGS, preferredTarget: 'tw', theme: 'dark', siteRules: { 'www.gov.cn': 'always' }, protectedTerms: [] });
    expect(await state.importSettings(good)).toBe(true);
    expect(fake.current()).toMatchObject({ preferredTarget: 'tw', theme: 'dark', siteRules: { 'www.gov.cn': 'always' } });
    expect(state.get().notice?.key).toBe('importDone');

    state.refuseImport('too large');
    expect(state.get().notice).toMatchObject({ key: 'importRefused', params: { error: 'too large' }, tone: 'error' });
  });
});

describe('OptionsRoot', () => {
  it('loads settings, follows the language setting and applies the theme', async () => {
    const fake = fakeOptionsDeps({ uiLanguage: 'zh-Hans', theme: 'dark', preferredTarget: null });
    const state = createOptionsState(fake.deps);
    const view = mount(<OptionsRoot state={state} browserLanguages={['en-US']} />);
    cleanup = view.unmount;
    await act(async () => {
      await flush();
    });
    const app = view.container.querySelector('.zhc-app')!;
    expect(app.getAttribute('lang')).toBe('zh-Hans');
    expect(app.getAttribute('data-theme')).toBe('dark');
    expect(view.container.querySelector('h1')!.textContent).toBe('设置');
    expect(document.title).toBe('设置');
    expect(document.documentElement.lang).toBe('zh-Hans');
    expect(view.container.querySelector('.zhc-welcome')).not.toBeNull();
  });
});
