import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PanelLanguage } from '@/lib/i18n/messages';
import type { Translate } from '@/lib/i18n/translate';
import { filterOrganizations, filterStats } from '@/lib/panel/filter';
import { ORG_TYPE_KEYS, STAT_KIND_KEYS } from '@/lib/panel/labels';
import { statsOf } from '@/lib/panel/mentions';
import { groupOrganizations } from '@/lib/panel/organizations';
import type { PanelActions, PanelSnapshot } from '@/lib/panel/state';
import type { StatOrder } from '@/lib/panel/stats';
import { ExportBar } from './export-bar';
import { FigureList } from './figure-list';
import { FilterBox } from './filter-box';
import { HighlightSwitch } from './highlight-switch';
import { InstitutionList } from './institution-list';
import { LiveNotice } from './live-notice';
import { PageHeader } from './page-header';
import { PanelMessage } from './panel-message';
import { ScriptControl } from './script-control';
import { SiteRuleControl } from './site-rule-control';

export interface SummaryPanelProps {
  snapshot: PanelSnapshot;
  actions: PanelActions;
  lang: PanelLanguage;
  t: Translate;
}

/**
 * The whole panel for one tab, from a snapshot and callbacks (no extension APIs here).
 * Sections in reading order: page header, script and site controls, highlight and filter,
 * key figures, institutions, export.
 */
export function SummaryPanel({ snapshot, actions, lang, t }: SummaryPanelProps) {
  const [query, setQuery] = useState('');
  const [order, setOrder] = useState<StatOrder>('text');
  const [grouped, setGrouped] = useState(false);
  const report = snapshot.report;
  const mentions = report?.mentions;
  const allStats = useMemo(() => statsOf(mentions ?? []), [mentions]);
  const allOrgs = useMemo(() => groupOrganizations(mentions ?? []), [mentions]);
  const filterRef = useRef<HTMLInputElement>(null);
  const mainRef = useRef<HTMLElement>(null);

  // `/` jumps to the filter from anywhere in the panel but a text field (as on many reading sites).
  useEffect(() => {
    const doc = mainRef.current?.ownerDocument;
    if (!doc) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || !filterRef.current) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      e.preventDefault();
      filterRef.current.focus();
    };
    doc.addEventListener('keydown', onKey);
    return () => doc.removeEventListener('keydown', onKey);
  }, []);

  const footer = (
    <p class="zhc-footer">
      <button type="button" class="zhc-button zhc-quiet" onClick={() => actions.openOptions()}>
        {t('openOptions')}
      </button>
    </p>
  );

  if (snapshot.status !== 'ready' || !report) {
    const key =
      snapshot.status === 'loading'
        ? 'loading'
        : snapshot.status === 'no-tab'
          ? 'noTab'
          : snapshot.unavailable === 'restricted'
            ? 'unavailableRestricted'
            : snapshot.unavailable === 'no-report'
              ? 'unavailableWaiting'
              : 'unavailableUnknown';
    return (
      <main ref={mainRef} class="zhc-panel" aria-busy={snapshot.status === 'loading'}>
        <h1 class="zhc-visually-hidden">{t('panelTitle')}</h1>
        <PanelMessage tone={snapshot.status === 'unavailable' ? 'warning' : 'info'}>{t(key)}</PanelMessage>
        {footer}
        <LiveNotice notice={snapshot.notice} t={t} />
      </main>
    );
  }

  const stats = filterStats(allStats, query, (k) => t(STAT_KIND_KEYS[k]));
  const orgs = filterOrganizations(allOrgs, query, (o) => t(ORG_TYPE_KEYS[o]));
  const total = allStats.length + allOrgs.length;
  const filterSummary = query.trim() ? t('filterCount', { shown: stats.length + orgs.length, total }) : null;
  const d = report.detection;
  const conversion = report.conversion;
  const autoReason = conversion.auto === 'site-always' || conversion.auto === 'auto-news' ? conversion.auto : null;
  // Open sentences and mention cursors belong to one page: a new page starts them afresh.
  const pageKey = `${snapshot.tabId ?? ''}:${report.url}`;

  return (
    <main ref={mainRef} class="zhc-panel">
      <PageHeader report={report} lang={lang} t={t} />
      {!report.hasChinese && <PanelMessage tone="warning">{t('noChinese')}</PanelMessage>}
      {report.hasChinese && d && !d.isArticle && <PanelMessage tone="warning">{t('notArticle')}</PanelMessage>}

      <section class="zhc-section zhc-conversion" aria-label={t('scriptControlLabel')}>
        <ScriptControl
          current={conversion.target}
          phrases={snapshot.settings.phraseLocalization}
          busy={snapshot.converting}
          t={t}
          onTarget={(target) => void actions.setTarget(target)}
          onPhrases={(on) => void actions.setPhrases(on)}
        />
        {snapshot.host && (
          <SiteRuleControl
            host={snapshot.host}
            rule={snapshot.settings.siteRules[snapshot.host] ?? 'default'}
            t={t}
            onRule={(rule) => void actions.setSiteRule(rule)}
          />
        )}
        {conversion.target !== null && autoReason && (
          <p class="zhc-muted">{t('autoConverted', { reason: t(autoReason === 'site-always' ? 'autoReason.site-always' : 'autoReason.auto-news') })}</p>
        )}
        {conversion.artifactsHidden && conversion.pinyinArtifacts > 0 && (
          <p class="zhc-muted">{t('pinyinHidden', { count: conversion.pinyinArtifacts })}</p>
        )}
      </section>

      {report.hasChinese && (
        <>
          <div class="zhc-tools">
            <HighlightSwitch on={report.highlights} disabled={report.mentions.length === 0} t={t} onToggle={(on) => void actions.setHighlights(on)} />
            {total > 0 && <FilterBox query={query} summary={filterSummary} t={t} inputRef={filterRef} onQuery={setQuery} />}
          </div>
          <FigureList
            key={`figures:${pageKey}`}
            stats={stats}
            total={allStats.length}
            order={order}
            grouped={grouped}
            lang={lang}
            t={t}
            onOrder={setOrder}
            onGrouped={setGrouped}
            onReveal={(id) => void actions.reveal(id)}
            onCopy={(text) => void actions.copy(text)}
          />
          <InstitutionList
            key={`orgs:${pageKey}`}
            groups={orgs}
            all={allOrgs}
            t={t}
            onReveal={(id) => void actions.reveal(id)}
            onCopy={(text) => void actions.copy(text)}
          />
          <ExportBar t={t} onExport={(format) => actions.exportSummary(format)} />
        </>
      )}
      {footer}
      <LiveNotice notice={snapshot.notice} t={t} />
    </main>
  );
}
