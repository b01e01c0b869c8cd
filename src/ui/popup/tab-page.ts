import { browser } from 'wxt/browser';
import { safeParse } from 'zod/mini';
import { PageReadingSchema } from '../../messaging/page-reading';
import type { PageReading } from '../../guard/page-reading';

/**
 * Asks the tab's content script how much of its page it could read. A tab
 * whose script is not there (a page loaded before the extension was
 * installed) or answers something else has no reading.
 */
export async function readTabPage(tabId: number): Promise<PageReading | null> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, { type: 'page:reading:get' });
    const parsed = safeParse(PageReadingSchema, reply);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
