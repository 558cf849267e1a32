import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { PanelLanguage } from '@/lib/i18n/messages';
import type { Theme } from '@/lib/settings/types';

export interface ThemeFrameProps {
  lang: PanelLanguage;
  theme: Theme;
  /** The document's title in the page language. */
  title: string;
  children: ComponentChildren;
}

/**
 * The outer box of extension pages: its `lang` for screen readers and fonts, and the theme
 * (`auto` follows prefers-color-scheme in CSS; light and dark override it). It also keeps the
 * title and root `lang` of the document it is rendered in (its own, not a global one) in step.
 */
export function ThemeFrame({ lang, theme, title, children }: ThemeFrameProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const doc = ref.current?.ownerDocument;
    if (!doc) return;
    doc.title = title;
    doc.documentElement.lang = lang;
  }, [lang, title]);
  return (
    <div ref={ref} class="zhc-app" lang={lang} data-theme={theme}>
      {children}
    </div>
  );
}
