import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES, PANEL_LANGUAGES, type MessageKey } from '@/lib/i18n/messages';
import { browserLanguages } from '@/lib/i18n/browser-languages';
import { localeOf, resolveLanguage } from '@/lib/i18n/resolve-language';
import { createTranslator } from '@/lib/i18n/translate';
import { ORG_TYPE_KEYS, PAGE_KIND_KEYS, PAGE_SCRIPT_KEYS, SITE_RULE_KEYS, STAT_KIND_KEYS } from '@/lib/panel/labels';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message tables', () => {
  const reference = Object.keys(MESSAGES.en).sort();

  it.each(PANEL_LANGUAGES)('%s has exactly the same keys as English', (lang) => {
    expect(Object.keys(MESSAGES[lang]).sort()).toEqual(reference);
  });

  it.each(PANEL_LANGUAGES)('%s uses the same placeholders as English in every message', (lang) => {
    for (const key of reference as MessageKey[]) {
      expect([key, placeholders(MESSAGES[lang][key])]).toEqual([key, placeholders(MESSAGES.en[key])]);
    }
  });

  it.each(PANEL_LANGUAGES)('%s has no empty messages or stray whitespace', (lang) => {
    for (const [key, text] of Object.entries(MESSAGES[lang])) {
      expect([key, text.trim() === text && text.length > 0]).toEqual([key, true]);
    }
  });

  it('has a message for every label the panel shows', () => {
    const keys = [ORG_TYPE_KEYS, PAGE_KIND_KEYS, PAGE_SCRIPT_KEYS, SITE_RULE_KEYS, STAT_KIND_KEYS].flatMap((m) => Object.values(m));
    for (const key of keys) expect(reference).toContain(key);
  });

  it('has no message the code never asks for', () => {
    const dirs = ['components', 'lib/panel'];
    const source = dirs
      .flatMap((dir) => readdirSync(dir).filter((f) => /\.tsx?$/.test(f)).map((f) => readFileSync(join(dir, f), 'utf8')))
      .join('\n');
    const unused = reference.filter((key) => !source.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });

  it('states the privacy promise in all three languages', () => {
    expect(MESSAGES.en.privacy).toBe(
      'This extension makes no network requests; page text never leaves your browser. Settings are stored locally in your browser.',
    );
    expect(MESSAGES['zh-Hans'].privacy).toContain('不发出任何网络请求');
    expect(MESSAGES['zh-Hant'].privacy).toContain('不發出任何網路請求');
  });
});

describe('createTranslator', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    const t = createTranslator('en');
    expect(t('mentionsOther', { count: 3 })).toBe('3 mentions');
    expect(t('mentionsOther')).toBe('{count} mentions');
    expect(t('partOf', { parent: '$& {count}' })).toBe('Part of $& {count}');
  });

  it('translates into Chinese', () => {
    expect(createTranslator('zh-Hans')('figuresHeading')).toBe('关键数字');
    expect(createTranslator('zh-Hant')('figuresHeading')).toBe('關鍵數字');
  });
});

describe('resolveLanguage', () => {
  it('follows the browser when the setting is auto', () => {
    expect(resolveLanguage('auto', ['zh-CN', 'en'])).toBe('zh-Hans');
    expect(resolveLanguage('auto', ['zh-TW'])).toBe('zh-Hant');
    expect(resolveLanguage('auto', ['zh-HK'])).toBe('zh-Hant');
    expect(resolveLanguage('auto', ['zh-Hant-MO'])).toBe('zh-Hant');
    expect(resolveLanguage('auto', ['zh'])).toBe('zh-Hans');
    expect(resolveLanguage('auto', ['fr-FR', 'zh-TW'])).toBe('zh-Hant');
    expect(resolveLanguage('auto', ['en-GB', 'zh-CN'])).toBe('en');
    expect(resolveLanguage('auto', ['fr'])).toBe('en');
    expect(resolveLanguage('auto', [])).toBe('en');
  });

  it('reads the browser languages, falling back to navigator.language', () => {
    expect(browserLanguages({ languages: ['zh-TW', 'en'], language: 'zh-TW' })).toEqual(['zh-TW', 'en']);
    expect(browserLanguages({ languages: [], language: 'zh-CN' })).toEqual(['zh-CN']);
    expect(browserLanguages({ languages: [], language: '' })).toEqual([]);
  });

  it('lets the setting win', () => {
    expect(resolveLanguage('zh-Hant', ['en-US'])).toBe('zh-Hant');
    expect(resolveLanguage('en', ['zh-CN'])).toBe('en');
  });

  it('maps panel languages to formatting locales', () => {
    expect(localeOf('zh-Hans')).toBe('zh-CN');
    expect(localeOf('zh-Hant')).toBe('zh-TW');
    expect(localeOf('en')).toBe('en');
  });
});
