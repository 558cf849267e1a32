import en from './messages/en.json';
import zhHans from './messages/zh-Hans.json';
import zhHant from './messages/zh-Hant.json';

/** The languages the panel and options page are written in. */
export type PanelLanguage = 'en' | 'zh-Hans' | 'zh-Hant';

export const PANEL_LANGUAGES: readonly PanelLanguage[] = ['en', 'zh-Hans', 'zh-Hant'];

/** English is the reference: its keys are the keys (a unit test checks the others match). */
export type MessageKey = keyof typeof en;

export type MessageTable = Record<MessageKey, string>;

export const MESSAGES: Readonly<Record<PanelLanguage, MessageTable>> = {
  en,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
};
