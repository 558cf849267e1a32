import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'wxt';
import { buildDictionaryAssets } from './lib/convert/build-assets';

// WXT evaluates this file in Node at build time. Keep it declarative: the manifest, and one hook
// that writes the precompiled conversion dictionaries (generated from opencc-js, never committed).
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // offscreen (Chrome): the document that writes the clipboard for the context menu (lib/background/clipboard.ts).
    permissions: ['storage', 'contextMenus', 'clipboardWrite', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen'])],
    // The content script's session file is injected where a page needs it (lib/content/session-hook.ts):
    // the same pages the content script already runs on.
    host_permissions: ['http://*/*', 'https://*/*'],
    // The loader (entrypoints/loader.ts), a plain script: see there why not WXT's content script.
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], all_frames: true, run_at: 'document_idle', js: ['loader.js'] }],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'toggle-conversion': {
        suggested_key: { default: 'Alt+Shift+T' },
        description: '__MSG_commandToggle__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'zh-security-reader@example.org',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    // linkedom (the background's parser of page markup) without its CSS parser: lib/background/no-cssom.ts.
    resolve: { alias: { '@acemir/cssom': path.resolve('lib/background/no-cssom.ts') } },
    // ZHC_PROFILE=1 npx wxt build: readable function names in CPU profiles (scripts/bench-profile.mjs).
    ...(process.env.ZHC_PROFILE ? { build: { minify: false } } : {}),
  }),
  hooks: {
    // The dictionaries are binary (UTF-16), and WXT writes generated files as text: they are
    // written under .wxt/ and copied from there.
    'build:publicAssets': (wxt, assets) => {
      for (const { relativeDest, bytes } of buildDictionaryAssets()) {
        const absoluteSrc = path.join(wxt.config.wxtDir, relativeDest);
        mkdirSync(path.dirname(absoluteSrc), { recursive: true });
        writeFileSync(absoluteSrc, bytes);
        assets.push({ absoluteSrc, relativeDest });
      }
    },
  },
});
