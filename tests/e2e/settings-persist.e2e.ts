// The reader's settings (per-site rules, protected terms, preferences) survive an extension update
// and, in Chromium, a browser restart on the same profile.
//
// Update: the built extension is installed again over itself (what a store update or a developer's
// reload does: same id, new code), in both browsers. Restart: Chromium relaunched on the same
// profile loads the same unpacked extension (same path, same id). Firefox is not restarted: a
// temporary add-on, the only kind a test can install there, is removed at shutdown by design,
// while an installed add-on keeps its storage.local like any other profile data.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BROWSER_KINDS, startSession, waitFor, type E2ESession } from './support/session';

const CHOSEN = {
  preferredTarget: 'hk',
  phraseLocalization: true,
  hidePinyinArtifacts: false,
  autoConvertNews: false,
  siteRules: { 'www.nbgaj.gov.cn': 'always', 'bbs.example-forum.com': 'never' },
  protectedTerms: ['国家互联网信息办公室', '《网络安全法》', '宁波市公安局网安支队'],
  uiLanguage: 'zh-Hant',
  theme: 'dark',
};

describe.each(BROWSER_KINDS)('settings in %s', (kind) => {
  const sessions: E2ESession[] = [];
  const profileDir = mkdtempSync(path.join(os.tmpdir(), `zhc-profile-${kind}-`));
  afterAll(async () => {
    for (const s of sessions.reverse()) await s.close().catch(() => undefined);
    // A browser that just quit may still be writing its profile: removing it is best effort.
    for (let i = 0; i < 5; i++) {
      try {
        rmSync(profileDir, { recursive: true, force: true });
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  });

  it('survive an update of the extension', async () => {
    const s = await startSession(kind, { profileDir });
    sessions.push(s);
    const saved = await s.automation<Record<string, unknown>>('updateSettings', CHOSEN);
    expect(saved).toMatchObject(CHOSEN);
    if (kind === 'chromium') {
      // Installed over itself: new code, same id, and the storage it had.
      await s.browser.installExtension(path.resolve('.output/chrome-mv3'));
      // The new worker may still be starting (no automation yet), or the one found the old one.
      const after = await waitFor(async () => {
        await s.reattach().catch(() => undefined);
        return s.automation<Record<string, unknown> | null>('getSettings').catch(() => null);
      }, 30_000, 500);
      expect(after).toEqual(saved);
    } else {
      // Firefox refuses a second install of a temporary add-on over itself, and a reloaded one opens
      // no page a test could reach its background through. runtime.reload() is the update, and the
      // new instance shows what it read from storage: the site rule 'always' with the preferred
      // Hong Kong script converts the police bureau's page as it loads.
      const page = await s.browser.newPage();
      await s.automation('reloadExtension');
      await new Promise((r) => setTimeout(r, 1500));
      await page.goto(s.server.urlFor(s.site('gov-police-ningbo.html')), { waitUntil: 'load' });
      const lang = await waitFor(async () => {
        const l = await page.evaluate(() => document.documentElement.lang);
        return l === 'zh-Hant' ? l : null;
      }, 20_000);
      expect(lang).toBe('zh-Hant');
      // The page as served writes 网络 in Simplified only; converted (in slices), it reads 網絡.
      const converted = await waitFor(() => page.evaluate(() => (document.body.textContent?.includes('網絡') ? true : null)), 20_000);
      expect(converted).toBe(true);
      await page.close();
    }
  });

  it.runIf(kind === 'chromium')('survive a browser restart', async () => {
    const first = sessions[0]!;
    const before = await first.automation<Record<string, unknown>>('getSettings');
    expect(before).toMatchObject(CHOSEN);
    await first.closeBrowser();
    const again = await startSession(kind, { profileDir, server: first.server });
    sessions.push(again);
    const after = await waitFor(() => again.automation<Record<string, unknown> | null>('getSettings'), 15_000);
    expect(after).toEqual(before);
  });
});
