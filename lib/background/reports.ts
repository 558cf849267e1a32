import type { Target } from '@/lib/convert/types';
import type { PageReport } from '@/lib/messaging/report';

/** The latest report of each tab's top frame, and the script each tab was asked to show. */
export interface TabStore {
  get(tabId: number): PageReport | null;
  set(tabId: number, report: PageReport): boolean;
  target(tabId: number): Target | null;
  setTarget(tabId: number, target: Target | null): void;
  drop(tabId: number): void;
  findByUrl(url: string): number | null;
}

export function createTabStore(): TabStore {
  const reports = new Map<number, PageReport>();
  const targets = new Map<number, Target | null>();
  return {
    get: (tabId) => reports.get(tabId) ?? null,
    set(tabId, report) {
      const prev = reports.get(tabId);
      // A new page load starts a new revision count; within one, ignore reports that arrive late.
      if (prev && prev.session === report.session && prev.revision > report.revision) return false;
      reports.set(tabId, report);
      targets.set(tabId, report.conversion.target);
      return true;
    },
    target: (tabId) => targets.get(tabId) ?? null,
    setTarget: (tabId, target) => void targets.set(tabId, target),
    findByUrl(url) {
      for (const [tabId, report] of reports) if (report.url === url) return tabId;
      return null;
    },
    drop(tabId) {
      reports.delete(tabId);
      targets.delete(tabId);
    },
  };
}
