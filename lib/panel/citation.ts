import type { PageReport } from '@/lib/messaging/report';

/** What a reader needs to cite the page the summary comes from. */
export interface Citation {
  title: string | null;
  site: string | null;
  source: string | null;
  published: string | null;
  authors: string[];
  url: string;
  /** Access date, YYYY-MM-DD in the reader's time zone. */
  accessed: string;
}

function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function citationOf(report: PageReport, accessed: Date): Citation {
  const m = report.metadata;
  return {
    title: m?.title ?? null,
    site: m?.site ?? null,
    source: m?.source ?? null,
    published: m?.published ?? null,
    authors: m?.authors ?? [],
    url: report.url,
    accessed: isoDate(accessed),
  };
}
