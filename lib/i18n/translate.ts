import { MESSAGES, type MessageKey, type PanelLanguage } from './messages';

export type MessageParams = Record<string, string | number>;

/** Looks a message up and fills its `{name}` placeholders; unknown placeholders stay visible. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function createTranslator(lang: PanelLanguage): Translate {
  const table = MESSAGES[lang];
  const fallback = MESSAGES.en;
  return (key, params) => {
    const template = table[key] ?? fallback[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
    );
  };
}
