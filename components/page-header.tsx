import type { MessageKey, PanelLanguage } from '@/lib/i18n/messages';
import { localeOf } from '@/lib/i18n/resolve-language';
import type { Translate } from '@/lib/i18n/translate';
import type { PageReport } from '@/lib/messaging/report';
import { PAGE_KIND_KEYS, PAGE_SCRIPT_KEYS } from '@/lib/panel/labels';
import { EvidenceDisclosure } from './evidence-disclosure';
import { stripPinyinArtifacts } from '@/lib/convert/pinyin-artifacts';

export interface PageHeaderProps {
  report: PageReport;
  lang: PanelLanguage;
  t: Translate;
}


/** Dates as the page gave them; ISO dates shown in the panel language, with the original kept. */
function readableDate(value: string, lang: PanelLanguage): string {
  const iso = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:?\d{2}|Z)?)?$/.test(value);
  if (!iso) return value;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const hasTime = value.includes('T');
  // Chinese pages give times in China time (+08:00); show them in that zone, not the reader's.
  return new Intl.DateTimeFormat(localeOf(lang), {
    dateStyle: 'medium',
    ...(hasTime ? { timeStyle: 'short' as const } : {}),
    timeZone: hasTime ? 'Asia/Shanghai' : 'UTC',
  }).format(date);
}

/** Page type (with its evidence), confidence, script, title and the page's byline facts. */
export function PageHeader({ report, lang, t }: PageHeaderProps) {
  const d = report.detection;
  const m = report.metadata;
  const facts: [MessageKey, string | null][] = m
    ? [
        ['metaSite', m.site],
        ['metaSource', m.source],
        ['metaPublished', m.published ? readableDate(m.published, lang) : null],
        ['metaReporters', m.authors.length > 0 ? m.authors.join(lang === 'en' ? ', ' : '、') : null],
        ['metaEditor', m.editor],
        ['metaSection', m.section],
      ]
    : [];
  const shown = facts.filter((f): f is [MessageKey, string] => f[1] !== null && f[1] !== '');
  const percent = d ? new Intl.NumberFormat(localeOf(lang), { style: 'percent' }).format(d.confidence) : null;
  return (
    <header class="zhc-header">
      {d && (
        <p class="zhc-badges">
          <span class={`zhc-kind zhc-kind-${d.kind}`}>
            <span class="zhc-visually-hidden">{t('pageKindLabel')}: </span>
            {t(PAGE_KIND_KEYS[d.kind])}
          </span>
          {percent && <span class="zhc-chip">{t('confidence', { percent })}</span>}
          <span class="zhc-chip">{t(PAGE_SCRIPT_KEYS[d.script])}</span>
        </p>
      )}
      {/* Glosses such as 網(wǎng) hinder reading; the exports keep the title as written. */}
      <h1 class="zhc-title">{(m?.title && stripPinyinArtifacts(m.title)) || t('untitled')}</h1>
      {shown.length > 0 && (
        <dl class="zhc-meta">
          {shown.map(([key, value]) => (
            <div key={key} class="zhc-meta-row">
              <dt>{t(key)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {d && <EvidenceDisclosure evidence={d.evidence} t={t} />}
    </header>
  );
}
