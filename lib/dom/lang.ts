export interface LangSwitcher {
  /** Sets `lang` on the root and on every element that declares a Chinese `lang`. */
  set(lang: 'zh-Hans' | 'zh-Hant'): void;
  /** The element's own `lang` (what it was before we set ours). */
  originalOf(el: Element): string | null;
  /** Puts every `lang` we changed back as it was (removing it where there was none). */
  restore(): void;
}

/** Originals live in the switcher, not in the page: nothing to clean up, nothing a page can forge. */
export function createLangSwitcher(doc: Document): LangSwitcher {
  const originals = new Map<Element, { original: string | null; written: string }>();
  return {
    set(lang) {
      const root = doc.documentElement;
      if (!root) return;
      const elements = [root, ...Array.from(doc.querySelectorAll('body [lang]'))];
      for (const el of elements) {
        const current = el.getAttribute('lang');
        const known = originals.get(el);
        const original = known && known.written === current ? known.original : current;
        if (el !== root && !/^zh\b/i.test(original ?? '')) continue;
        originals.set(el, { original, written: lang });
        if (current !== lang) el.setAttribute('lang', lang);
      }
    },
    originalOf(el) {
      const known = originals.get(el);
      const current = el.getAttribute('lang');
      return known && known.written === current ? known.original : current;
    },
    restore() {
      for (const [el, { original, written }] of originals) {
        if (el.getAttribute('lang') !== written) continue; // the page changed it since: its value wins
        if (original === null) el.removeAttribute('lang');
        else el.setAttribute('lang', original);
      }
      originals.clear();
    },
  };
}
