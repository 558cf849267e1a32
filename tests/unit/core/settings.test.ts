import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, getSettings, settingsItem, updateSettings, watchSettings } from '@/lib/settings/items';
import { formatSettingsExport, parseSettingsExport } from '@/lib/settings/validate';
import { decideAutoConversion } from '@/lib/settings/site-rule';
import type { Settings } from '@/lib/settings/types';

describe('settings in extension storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('falls back to the defaults, then round-trips an update', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings({ preferredTarget: 'tw', siteRules: { 'www.nbgaj.gov.cn': 'always' } });
    const read = await getSettings();
    expect(read.preferredTarget).toBe('tw');
    expect(read.siteRules).toEqual({ 'www.nbgaj.gov.cn': 'always' });
    expect(read.hidePinyinArtifacts).toBe(true);
  });

  it('fills in fields a stored copy from an older version lacks', async () => {
    await fakeBrowser.storage.local.set({ settings: { preferredTarget: 'hk' } });
    const read = await getSettings();
    expect(read.preferredTarget).toBe('hk');
    expect(read.protectedTerms).toEqual([]);
  });

  it('tells watchers about changes', async () => {
    const seen: string[] = [];
    const stop = watchSettings((s) => seen.push(String(s.preferredTarget)));
    await updateSettings({ preferredTarget: 'cn' });
    stop();
    expect(seen).toEqual(['cn']);
  });
});

describe('settings export and import', () => {
  it('round-trips an export', () => {
    const settings = { ...DEFAULT_SETTINGS, preferredTarget: 'twp' as const, protectedTerms: ['国家互联网信息办公室'] };
    const parsed = parseSettingsExport(formatSettingsExport(settings));
    expect(parsed).toEqual({ ok: true, settings });
  });

  it.each([
    ['{not json', /Not valid JSON/],
    ['[]', /JSON object/],
    ['{"preferredTarget":"xx"}', /preferredTarget/],
    ['{"colour":"red"}', /Unknown field\(s\): colour/],
    ['{"siteRules":{"a.b":"sometimes"}}', /siteRules\.a\.b/],
    ['{"siteRules":{"<script>":"always"}}', /not a host name/],
    ['{"protectedTerms":[1]}', /protectedTerms/],
    ['{"hidePinyinArtifacts":"yes"}', /hidePinyinArtifacts/],
  ])('refuses %s with a clear message', (json, message) => {
    const result = parseSettingsExport(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('auto conversion decision', () => {
  const base = { ...DEFAULT_SETTINGS };
  it('converts nothing until the reader picks a script', () => {
    expect(decideAutoConversion(base, 'www.gov.cn', 'government')).toEqual({ target: null, reason: 'no-preference' });
  });
  it('converts news pages to the preferred script in auto mode', () => {
    const s = { ...base, preferredTarget: 'tw' as const };
    expect(decideAutoConversion(s, 'www.gov.cn', 'government').target).toBe('tw');
    expect(decideAutoConversion(s, 'bbs.example.com', 'other').target).toBe(null);
  });
  it('lets site rules win', () => {
    const s = { ...base, preferredTarget: 'tw' as const, siteRules: { 'bbs.example.com': 'always' as const, 'www.gov.cn': 'never' as const } };
    expect(decideAutoConversion(s, 'bbs.example.com', 'other').target).toBe('tw');
    expect(decideAutoConversion(s, 'WWW.GOV.CN', 'government').target).toBe(null);
  });
});

describe('settings migration', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('migrates a version 1 copy: host names lowercased, bad rules and messy terms cleaned, new fields filled', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        preferredTarget: 'tw',
        siteRules: { 'WWW.NBGAJ.GOV.CN': 'always', 'bbs.example.com': 'sometimes' },
        protectedTerms: [' 网络安全宣传周 ', '网络安全宣传周', '', 3],
      },
      settings$: { v: 1 },
    });
    // What the extension does when it starts after an update (WXT runs it where the item is defined).
    await settingsItem.migrate();
    const read = await getSettings();
    expect(read).toEqual({
      ...DEFAULT_SETTINGS,
      preferredTarget: 'tw',
      siteRules: { 'www.nbgaj.gov.cn': 'always' },
      protectedTerms: ['网络安全宣传周'],
    });
    // The migrated copy is what storage holds now, marked with the current version.
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect((stored.settings$ as { v: number }).v).toBe(2);
    expect((stored.settings as Settings).siteRules).toEqual({ 'www.nbgaj.gov.cn': 'always' });
  });

  it('leaves a current copy alone', async () => {
    const current = { ...DEFAULT_SETTINGS, siteRules: { 'www.gov.cn': 'never' as const } };
    await fakeBrowser.storage.local.set({ settings: current, settings$: { v: 2 } });
    await settingsItem.migrate();
    expect(await getSettings()).toEqual(current);
  });
});
