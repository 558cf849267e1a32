import type { Source, Target } from '@/lib/convert/types';
import type { PageScript } from '@/lib/messaging/report';

/** The Traditional variant a page is written in, from its host and declared language. */
export function traditionalVariant(host: string, lang: string): Source {
  const l = lang.toLowerCase();
  if (/^zh-(hk|mo)\b/.test(l) || /\.(hk|mo)$/.test(host)) return 'hk';
  if (/^zh-tw\b/.test(l) || /\.tw$/.test(host)) return 'tw';
  return 't';
}

/** The Traditional variant of the site at `url`, from its host alone (plain Traditional when it says nothing). */
export function traditionalVariantOf(url: string): Source {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // Not a URL: the variant falls back to plain Traditional.
  }
  return traditionalVariant(host, '');
}

export function isTraditionalTarget(target: Target): boolean {
  return target !== 'cn';
}

/** The script family a `lang` value declares, if it declares one. */
export function langFamily(lang: string | null): 'simplified' | 'traditional' | null {
  if (!lang) return null;
  const l = lang.toLowerCase();
  if (/^zh-(hant|tw|hk|mo)\b/.test(l) || /^zh-hant/.test(l)) return 'traditional';
  if (/^zh-(hans|cn|sg|my)\b/.test(l)) return 'simplified';
  return null;
}

/**
 * What to convert from, for a piece of text in a page of `pageScript`, toward `target`; null when
 * the text is already in the target's script (converting it would change nothing a reader wants).
 */
export function sourceFor(
  target: Target,
  pageScript: PageScript,
  ownerLang: string | null,
  traditional: Source,
): Source | null {
  const family = langFamily(ownerLang) ?? (pageScript === 'traditional' ? 'traditional' : pageScript === 'simplified' ? 'simplified' : null);
  if (isTraditionalTarget(target)) return family === 'traditional' ? null : 'cn';
  return family === 'simplified' ? null : traditional;
}
