import { browser } from 'wxt/browser';
import type { ReadingState } from '../guard/page-reading';
import { inOrder } from './in-order';

/**
 * "?" on the toolbar button of a tab whose page the adapter cannot read, or
 * reads only in part (a language without labels); the
 * popup says why, in the user's language. Set for that tab only and cleared
 * with null, which hands the tab back to the extension-wide badge (the health
 * "!"): the two never overwrite each other. Updates run in order.
 */
export function pageReadingBadge(): (tabId: number, state: ReadingState) => void {
  const updates = inOrder('page badge');
  return (tabId, state) => updates.run(() => showPageReading(tabId, state));
}

async function showPageReading(tabId: number, state: ReadingState): Promise<void> {
  const button = browser.action ?? browser.browserAction;
  // Both browsers document null for "this tab's text back to the global one";
  // Chrome's typings leave it out, and '' would hide the global badge.
  const text = state === 'unreadable' || state === 'partial' ? '?' : (null as unknown as string);
  await button.setBadgeText({ tabId, text });
}
