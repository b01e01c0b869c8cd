import { browser } from 'wxt/browser';
import type { Platform } from '../../lists/platform';
import { isExpired, localToday } from '../../lists/expiry';
import { send } from '../../messaging/send';
import { CountResponseSchema, SummaryResponseSchema } from '../../messaging/protocol';
import { HealthReportSchema, type HealthReport } from '../../messaging/health';
import { siteOfUrl } from './site-of-url';
import { readTabPage } from '../../messaging/read-tab-page';
import type { PageReading } from '../../guard/page-reading';

export interface PopupStatus {
  /** The guarded site the active tab is on, or null. */
  site: Platform | null;
  /** Lists switched on that have at least one account: protection is on when this is above 0. Null when the stored lists cannot be read. */
  activeLists: number | null;
  /** Switched-on lists past their `expires` date. */
  outOfDate: number;
  /** Null when the history cannot be read: the health report says why. */
  warningsToday: number | null;
  health: HealthReport;
  /** What Jaga Netral could read of the tab's page; null off the sites, or before its script answers. */
  page: PageReading | null;
}

/** Local midnight today, in ms: "today" is the user's day, not UTC's. */
export function startOfToday(now: Date = new Date()): number {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
}

/**
 * Everything the popup shows, asked of the browser and the background at
 * once. A list summary or count that fails leaves its line out; the health
 * report, which must arrive, says what is wrong.
 */
export async function readPopupStatus(now: Date = new Date()): Promise<PopupStatus> {
  const [tabs, summary, today, health] = await Promise.all([
    browser.tabs.query({ active: true, currentWindow: true }),
    send({ type: 'lists:summary' }, SummaryResponseSchema).catch(() => null),
    send({ type: 'history:count-since', since: startOfToday(now) }, CountResponseSchema).catch(() => null),
    send({ type: 'health:get' }, HealthReportSchema),
  ]);
  const site = siteOfUrl(tabs[0]?.url);
  const tabId = tabs[0]?.id;
  const page = site === null || tabId === undefined ? null : await readTabPage(tabId);
  const active = summary?.lists.filter((list) => list.enabled && list.accounts > 0) ?? [];
  const date = localToday(now);
  return {
    site,
    activeLists: summary ? active.length : null,
    outOfDate: active.filter((list) => isExpired(list.expires, date)).length,
    warningsToday: today?.count ?? null,
    health,
    page,
  };
}
