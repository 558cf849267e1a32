import type { PageReport } from '@/lib/messaging/report';
import { citationOf, type Citation } from './citation';
import { baseUnit, formatValueWithUnit } from './format-number';
import { statsOf, subjectOf } from './mentions';
import { groupOrganizations, parentName } from './organizations';

/**
 * Summary exports: pure functions from a report to file text. Column names and headings are in
 * English so files from readers in different panel languages line up; the data stays as the page
 * wrote it. Page text is untrusted: Markdown escapes it, CSV neutralises formulas, JSON is JSON.
 */
export interface ExportOptions {
  /** Access date for the citation (defaults to now). */
  accessed?: Date;
}

export const SUMMARY_FORMAT = 'zh-security-reader-summary';

interface SummaryRows {
  citation: Citation;
  figures: ReturnType<typeof figureRows>;
  institutions: ReturnType<typeof institutionRows>;
}

function figureRows(report: PageReport) {
  return statsOf(report.mentions).map((s) => ({
    id: s.id,
    text: s.shown || s.text,
    /** In base units (500万元 → 5000000 元). */
    value: s.value,
    unit: baseUnit(s.unit),
    unitAsWritten: s.unit,
    kind: s.kind,
    approx: s.approx,
    subject: subjectOf(s),
    sentence: s.sentenceText ?? null,
  }));
}

function institutionRows(report: PageReport) {
  const groups = groupOrganizations(report.mentions);
  return groups.map((g) => ({
    key: g.key,
    name: g.canonical,
    english: g.english,
    parent: parentName(g, groups),
    type: g.orgType,
    mentions: g.mentionIds.length,
    mentionIds: g.mentionIds,
    otherNames: g.otherNames,
  }));
}

function rowsOf(report: PageReport, options: ExportOptions): SummaryRows {
  return {
    citation: citationOf(report, options.accessed ?? new Date()),
    figures: figureRows(report),
    institutions: institutionRows(report),
  };
}

// ---------------------------------------------------------------- Markdown

/** Escapes text so Markdown renders it literally (no HTML, links, emphasis or table breaks). */
export function markdownText(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    // Everything that can start markup inline: HTML, links, code, emphasis, tables, entities, math.
    .replace(/[\\`*_[\]<>#|~&$]/g, (c) => `\\${c}`)
    .trim();
}

function markdownUrl(url: string): string {
  // An autolink is clickable and literal; anything that could break out of it is escaped text.
  return /^https?:\/\/[^\s<>`\\]+$/.test(url) ? `<${url}>` : markdownText(url);
}

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  return markdownText(String(value));
}

export function toMarkdown(report: PageReport, options: ExportOptions = {}): string {
  const { citation: c, figures, institutions } = rowsOf(report, options);
  const lines: string[] = [];
  lines.push(`# ${c.title ? markdownText(c.title) : 'Untitled page'}`, '');
  const facts: [string, string | null][] = [
    ['Site', c.site ? markdownText(c.site) : null],
    ['Source', c.source ? markdownText(c.source) : null],
    ['Published', c.published ? markdownText(c.published) : null],
    ['Reporters', c.authors.length > 0 ? markdownText(c.authors.join(', ')) : null],
    ['URL', markdownUrl(c.url)],
    ['Accessed', c.accessed],
  ];
  if (report.detection) {
    const pct = Math.round(report.detection.confidence * 100);
    facts.push(['Page type', `${report.detection.kind} (confidence ${pct}%)`]);
  }
  for (const [label, value] of facts) if (value) lines.push(`- ${label}: ${value}`);
  lines.push('', '## Key figures', '');
  if (figures.length === 0) {
    lines.push('No figures found.');
  } else {
    lines.push('| # | Figure | Kind | Approx. | Subject | As written |', '| ---: | --- | --- | --- | --- | --- |');
    figures.forEach((f, i) => {
      const figure = formatValueWithUnit(f.value, f.unitAsWritten, 'en');
      lines.push(`| ${i + 1} | ${cell(figure)} | ${cell(f.kind)} | ${cell(f.approx)} | ${cell(f.subject)} | ${cell(f.text)} |`);
    });
  }
  lines.push('', '## Institutions', '');
  if (institutions.length === 0) {
    lines.push('No institutions found.');
  } else {
    lines.push('| Institution | Type | English | Part of | Mentions |', '| --- | --- | --- | --- | ---: |');
    for (const o of institutions) {
      lines.push(`| ${cell(o.name)} | ${cell(o.type)} | ${cell(o.english)} | ${cell(o.parent)} | ${o.mentions} |`);
    }
  }
  lines.push('');
  return lines.join('\n');
}

// ---------------------------------------------------------------- CSV

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: a leading `'` stops spreadsheets from reading page text as a formula (=, +, -, @,
 * tab, CR); cells with quotes, commas or line breaks are quoted with quotes doubled (RFC 4180).
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const CSV_COLUMNS = [
  'section', 'order', 'type', 'text', 'value', 'unit', 'approx', 'subject',
  'english', 'parent', 'mentions', 'title', 'site', 'source', 'published', 'url', 'accessed',
] as const;

type CsvRow = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | null>>;

/**
 * One row per figure and per institution. Every row carries the citation, so rows from several
 * articles can be merged into one sheet and still say where each came from.
 */
export function toCsv(report: PageReport, options: ExportOptions = {}): string {
  const { citation: c, figures, institutions } = rowsOf(report, options);
  const cite: CsvRow = {
    title: c.title, site: c.site, source: c.source, published: c.published, url: c.url, accessed: c.accessed,
  };
  const rows: CsvRow[] = [
    ...figures.map((f, i): CsvRow => ({
      section: 'figure', order: i + 1, type: f.kind, text: f.text, value: f.value, unit: f.unit,
      approx: f.approx, subject: f.subject, ...cite,
    })),
    ...institutions.map((o, i): CsvRow => ({
      section: 'institution', order: i + 1, type: o.type, text: o.name, english: o.english,
      parent: o.parent, mentions: o.mentions, ...cite,
    })),
  ];
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((col) => csvCell(r[col])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------- JSON

export function toJson(report: PageReport, options: ExportOptions = {}): string {
  const { citation, figures, institutions } = rowsOf(report, options);
  const page = report.detection
    ? {
        kind: report.detection.kind,
        confidence: report.detection.confidence,
        script: report.detection.script,
        isArticle: report.detection.isArticle,
      }
    : null;
  return `${JSON.stringify({ format: SUMMARY_FORMAT, version: 1, citation, page, figures, institutions }, null, 2)}\n`;
}
