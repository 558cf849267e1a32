import { localeOf } from '@/lib/i18n/resolve-language';
import type { PanelLanguage } from '@/lib/i18n/messages';

export interface FormattedValue {
  /** The number as the panel shows it: `1.8亿`, `180,000,000`, `35`. */
  text: string;
  /** The exact number with digit grouping when `text` is scaled (`180,000,000`), else null. */
  full: string | null;
}

/** Units that already carry a scale or read badly after one (亿元 stays `1.8 亿元`). */
const SCALED_UNIT = /^[十百千万萬亿億兆]/;
const WAN = 1e4;
const YI = 1e8;

function grouped(value: number, locale: string, maxFraction = 4): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxFraction, useGrouping: true }).format(value);
}

/**
 * Formats a figure's value for the panel language. Chinese readers count in 万 and 亿, so large
 * values are scaled (180000000 → 1.8亿, with the exact figure alongside); English gets digit
 * grouping (180,000,000). Values that come with a scaled unit are left as they are.
 */
export function formatStatValue(value: number, unit: string, lang: PanelLanguage): FormattedValue {
  if (!Number.isFinite(value)) return { text: String(value), full: null };
  const locale = localeOf(lang);
  const abs = Math.abs(value);
  if (lang === 'en' || SCALED_UNIT.test(unit) || abs < WAN) {
    return { text: grouped(value, locale), full: null };
  }
  const traditional = lang === 'zh-Hant';
  const [divisor, word] = abs >= YI ? [YI, traditional ? '億' : '亿'] : [WAN, traditional ? '萬' : '万'];
  // No digit grouping inside the scaled number (1.8亿, 12345亿 reads as written in Chinese press).
  const scaled = new Intl.NumberFormat(locale, { maximumFractionDigits: 4, useGrouping: false }).format(value / divisor);
  return { text: `${scaled}${word}`, full: grouped(value, locale) };
}

/** `136 家`, `35%`, `1.8亿 元`: value and unit as one string for copying and exports. */
export function formatValueWithUnit(value: number, unit: string, lang: PanelLanguage): string {
  const { text } = formatStatValue(value, unit, lang);
  if (!unit) return text;
  return /^[%‰℃°]/.test(unit) ? `${text}${unit}` : `${text} ${unit}`;
}
