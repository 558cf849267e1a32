import type { ComponentChildren } from 'preact';
import type { PanelLanguage } from '@/lib/i18n/messages';
import type { Theme } from '@/lib/settings/types';

export interface ThemeFrameProps {
  lang: PanelLanguage;
  theme: Theme;
  children: ComponentChildren;
}

/**
 * The outer box of extension pages: its `lang` for screen readers and fonts, and the theme
 * (`auto` follows prefers-color-scheme in CSS; light and dark override it).
 */
export function ThemeFrame({ lang, theme, children }: ThemeFrameProps) {
  return (
    <div class="zhc-app" lang={lang} data-theme={theme}>
      {children}
    </div>
  );
}
