import { browser } from 'wxt/browser';
import type { PageReport } from '@/lib/messaging/report';

/** The toolbar button's API: `action` (MV3) or `browserAction` (Firefox MV2). */
export function toolbarAction(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

const COLORS = { government: '#c62828', press: '#1565c0' } as const;

/** Marks government and press pages on the toolbar button; clears it elsewhere. */
export async function updateBadge(tabId: number, report: PageReport | null): Promise<void> {
  const kind = report?.detection?.kind;
  const action = toolbarAction();
  if (kind === 'government' || kind === 'press') {
    const text = browser.i18n.getMessage(kind === 'government' ? 'badgeGovernment' : 'badgePress');
    await action.setBadgeText({ tabId, text });
    await action.setBadgeBackgroundColor({ tabId, color: COLORS[kind] });
    const title = browser.i18n.getMessage(kind === 'government' ? 'kindGovernment' : 'kindPress');
    await action.setTitle({ tabId, title: `${browser.i18n.getMessage('actionTitle')} · ${title}` });
  } else {
    await action.setBadgeText({ tabId, text: '' });
    await action.setTitle({ tabId, title: browser.i18n.getMessage('actionTitle') });
  }
}
