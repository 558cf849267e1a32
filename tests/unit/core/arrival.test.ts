import { describe, expect, it } from 'vitest';
import { needsSessionAtLoad, type Arrival } from '@/lib/background/arrival';
import type { PageVerdict } from '@/lib/messaging/protocol';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';

const verdict = (kind: string, pinyinArtifacts = 0, hasChinese = true) => ({ kind, hasChinese, pinyinArtifacts }) as unknown as PageVerdict;
const base: Arrival = {
  top: true,
  written: false,
  captured: true,
  verdict: verdict('press'),
  host: 'www.cnnb.com.cn',
  settings: { ...DEFAULT_SETTINGS },
  tabTarget: null,
};

describe('whether a page needs its session at load', () => {
  it('does not for a news page read as it is (no preferred script yet)', () => {
    expect(needsSessionAtLoad(base)).toBe(false);
  });

  it('does once the reader has a preferred script and the page is news (auto mode)', () => {
    const settings = { ...DEFAULT_SETTINGS, preferredTarget: 'tw' as const };
    expect(needsSessionAtLoad({ ...base, settings })).toBe(true);
    expect(needsSessionAtLoad({ ...base, settings, verdict: verdict('other') })).toBe(false);
    expect(needsSessionAtLoad({ ...base, verdict: verdict('other'), settings: { ...settings, siteRules: { 'www.cnnb.com.cn': 'always' } } })).toBe(true);
    expect(needsSessionAtLoad({ ...base, settings: { ...settings, siteRules: { 'www.cnnb.com.cn': 'never' } } })).toBe(false);
  });

  it('does for pinyin artifacts to hide, unless the reader shows them', () => {
    expect(needsSessionAtLoad({ ...base, verdict: verdict('other', 12) })).toBe(DEFAULT_SETTINGS.hidePinyinArtifacts);
    expect(needsSessionAtLoad({ ...base, verdict: verdict('other', 12), settings: { ...DEFAULT_SETTINGS, hidePinyinArtifacts: false } })).toBe(false);
  });

  it('does for a document too large to send as markup (the session classifies it from its snapshot)', () => {
    expect(needsSessionAtLoad({ ...base, captured: false, verdict: null })).toBe(true);
  });

  it('does not for markup that could not be classified, or a page without Chinese text', () => {
    expect(needsSessionAtLoad({ ...base, verdict: null })).toBe(false);
    expect(needsSessionAtLoad({ ...base, verdict: verdict('press', 0, false), settings: { ...DEFAULT_SETTINGS, preferredTarget: 'tw' } })).toBe(false);
  });

  it('does for a page showing text a gone instance of the content script wrote, top frame or not', () => {
    expect(needsSessionAtLoad({ ...base, written: true })).toBe(true);
    expect(needsSessionAtLoad({ ...base, top: false, verdict: null, written: true })).toBe(true);
  });

  it('does for a sub-frame only when its tab is converted', () => {
    expect(needsSessionAtLoad({ ...base, top: false, verdict: null })).toBe(false);
    expect(needsSessionAtLoad({ ...base, top: false, verdict: null, tabTarget: 'hk' })).toBe(true);
  });
});
