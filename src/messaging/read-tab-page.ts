import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { PageReading } from '../guard/page-reading';

const Count = z.number().int().nonnegative();

/** The content script's answer to `page:reading:get`. */
const PageReadingSchema = z.object({
  state: z.enum(['read', 'partial', 'unreadable', 'nothing']),
  posts: Count,
  authors: Count,
  controls: Count,
  language: z.string().regex(/^[a-z]{2,3}$/).optional(),
});

/**
 * Asks the tab's content script how much of its page it could read. A tab
 * whose script is not there (a page loaded before the extension was
 * installed) or answers something else has no reading.
 */
export async function readTabPage(tabId: number): Promise<PageReading | null> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, { type: 'page:reading:get' });
    const parsed = PageReadingSchema.safeParse(reply);
    return parsed.success ? (parsed.data satisfies PageReading) : null;
  } catch {
    return null;
  }
}
