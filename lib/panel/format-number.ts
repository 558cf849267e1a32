import { localeOf } from '@/lib/i18n/resolve-language';
import type { PanelLanguage } from '@/lib/i18n/messages';

export interface FormattedValue {
  /** The number as the panel shows it: `1.8亿`, `180,000,000`, `35`. */
  text: string;
  /** `text` in two parts: the digits (`1.8`) and the scale word (`亿`, or '' when not scaled). */
  digits: string;
  scale: string;
  /** The exact number with digit grouping when `text` is scaled (`180,000,000`), else null. */
  full: string | null;
}

const WAN = 1e4;
const YI = 1e8;
const SCALE_PREFIX = /^(万亿|萬億|千万|千萬|百万|百萬|万|萬|亿|億|千|百)/;
/** Units that start like a scale word but are units of their own (千米 km, 千克 kg, 百分点 points). */
const NOT_SCALED = /^(千(米|克|瓦|卡|字节|位元組|兆)|百分)/;

/**
 * The unit a figure's value is counted in. The extractor gives values in base units (500万元 →
 * 5000000) with the unit as written (万元), so the scale word comes off (元); ‰ values arrive as
 * percentages.
 */
export function baseUnit(unit: string): string {
  if (unit === '‰') return '%';
  if (NOT_SCALED.test(unit)) return unit;
  return unit.replace(SCALE_PREFIX, '');
}

function grouped(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 4, useGrouping: true }).format(value);
}

/**
 * Formats a figure's value (in base units) for the panel language. Chinese readers count in 万
 * and 亿, so large values are scaled (180000000 → 1.8亿, with the exact figure alongside) and small
 * ones are written without grouping (5000); English gets digit grouping (180,000,000).
 */
export function formatStatValue(value: number, lang: PanelLanguage): FormattedValue {
  if (!Number.isFinite(value)) return { text: String(value), digits: String(value), scale: '', full: null };
  const locale = localeOf(lang);
  const abs = Math.abs(value);
  if (lang === 'en') {
    const text = grouped(value, locale);
    return { text, digits: text, scale: '', full: null };
  }
  if (abs < WAN) {
    // Chinese text writes 5000余人, not 5,000余人.
    const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 4, useGrouping: false }).format(value);
    return { text, digits: text, scale: '', full: null };
  }
  const traditional = lang === 'zh-Hant';
  const [divisor, word] = abs >= YI ? [YI, traditional ? '億' : '亿'] : [WAN, traditional ? '萬' : '万'];
  // No digit grouping inside the scaled number: 1.8亿 and 3500万 as the Chinese press writes them.
  const scaled = new Intl.NumberFormat(locale, { maximumFractionDigits: 4, useGrouping: false }).format(value / divisor);
  return { text: `${scaled}${word}`, digits: scaled, scale: word, full: grouped(value, locale) };
}

/** `136家`, `35%`, `1.8亿元` (Chinese), `5,000,000 元` (English): a figure's value and base unit as one string. */
export function formatValueWithUnit(value: number, unit: string, lang: PanelLanguage): string {
  const { text, full } = formatStatValue(value, lang);
  const base = baseUnit(unit);
  if (!base) return text;
  // Chinese writes figure and unit as one word (136家, 1.8亿元); English sets the unit apart.
  return lang !== 'en' || full !== null || /^[%‰℃°]/.test(base) ? `${text}${base}` : `${text} ${base}`;
}
