import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { PanelRoot } from '@/components/panel-root';
import { createPanelState } from '@/lib/panel/state';
import { createFakeDeps, flush } from './fake-deps';
import { mount } from './render';
import { sampleReport } from './sample-report';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

async function settle() {
  await act(async () => {
    await flush();
  });
}

describe('PanelRoot', () => {
  it('renders the bound tab in the browser language and follows later reports', async () => {
    const fake = createFakeDeps({ activeTabId: 4, reports: { 4: sampleReport() } });
    const view = mount(<PanelRoot state={createPanelState(fake.deps)} browserLanguages={['zh-TW', 'en']} />);
    cleanup = view.unmount;
    await settle();
    const app = view.container.querySelector('.zhc-app')!;
    expect(app.getAttribute('lang')).toBe('zh-Hant');
    expect(app.getAttribute('data-theme')).toBe('auto');
    expect(view.container.querySelector('#zhc-orgs-heading')!.textContent).toContain('機構');
    expect(view.container.querySelectorAll('.zhc-figure')).toHaveLength(4);

    act(() => fake.broadcast(4, sampleReport({ revision: 9, mentions: sampleReport().mentions.slice(0, 3) })));
    expect(view.container.querySelectorAll('.zhc-figure')).toHaveLength(1);
  });

  it('lets the language setting override the browser, and the theme setting apply', async () => {
    const fake = createFakeDeps({ activeTabId: 4, reports: { 4: sampleReport() } });
    fake.setSettings({ uiLanguage: 'en', theme: 'light' });
    const view = mount(<PanelRoot state={createPanelState(fake.deps)} browserLanguages={['zh-CN']} />);
    cleanup = view.unmount;
    await settle();
    const app = view.container.querySelector('.zhc-app')!;
    expect(app.getAttribute('lang')).toBe('en');
    expect(app.getAttribute('data-theme')).toBe('light');
    expect(view.container.textContent).toContain('Key figures');
  });

  it('stops listening when unmounted', async () => {
    const fake = createFakeDeps({ activeTabId: 4, reports: { 4: sampleReport() } });
    const view = mount(<PanelRoot state={createPanelState(fake.deps)} browserLanguages={['en']} />);
    await settle();
    expect(fake.listenerCount()).toBe(4);
    view.unmount();
    expect(fake.listenerCount()).toBe(0);
  });
});
