import { browser } from 'wxt/browser';
import type { Platform } from '../../lists/platform';
import { isExpired, localToday } from '../../lists/expiry';
import { send } from '../../messaging/send';
import { CountResponseSchema, SummaryResponseSchema } from '../../messaging/protocol';
import { siteOfUrl } from './site-of-url';

export interface PopupStatus {
  /** The guarded site the active tab is on, or null. */
  site: Platform | null;
  /** Lists switched on that have at least one account: protection is on when this is above 0. */
  activeLists: number;
  /** Switched-on lists past their `expires` date. */
  outOfDate: number;
  warningsToday: number;
}

/** Local midnight today, in ms: "today" is the user's day, not UTC's. */
export function startOfToday(now: Date = new Date()): number {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
}

/** Everything the popup shows, asked of the browser and the background at once. */
export async function readPopupStatus(now: Date = new Date()): Promise<PopupStatus> {
  const [tabs, summary, today] = await Promise.all([
    browser.tabs.query({ active: true, currentWindow: true }),
    send({ type: 'lists:summary' }, SummaryResponseSchema),
    send({ type: 'history:count-since', since: startOfToday(now) }, CountResponseSchema),
  ]);
  const active = summary.lists.filter((list) => list.enabled && list.accounts > 0);
  const date = localToday(now);
  return {
    site: siteOfUrl(tabs[0]?.url),
    activeLists: active.length,
    outOfDate: active.filter((list) => isExpired(list.expires, date)).length,
    warningsToday: today.count,
  };
}
