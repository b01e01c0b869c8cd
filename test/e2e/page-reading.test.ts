import { expect, it } from 'vitest';
import { describeInEachBrowser } from './harness/each-browser';
import type { PageHandle } from './harness/driver';
import { HOME } from './x-replica';

/**
 * A tab says when Jaga Netral cannot read its page: the site tab's own script
 * answers the popup's question, and the background puts "?" on that tab's
 * toolbar badge, in the real browsers. The page is X's replica, whose test
 * ids are then renamed in place as a redesign would rename them.
 */

/** Asked from an extension page, as the popup asks: the x.com tab's reading and its badge text. */
const readingOfXTab = (extensionPage: PageHandle) =>
  extensionPage.evaluate<{ reading: { state: string; authors: number }; badge: string }>(`(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const [tab] = await api.tabs.query({ url: '*://x.com/*' });
    const button = api.action ?? api.browserAction;
    return {
      reading: await api.tabs.sendMessage(tab.id, { type: 'page:reading:get' }),
      badge: await button.getBadgeText({ tabId: tab.id }),
    };
  })()`);

describeInEachBrowser('a tab that cannot read its page', ({ openPage, openExtensionPage }) => {
  it('reads the replica feed, then says so on the badge once the test ids are renamed, and clears it when they return', async () => {
    const page = await openPage(HOME);
    const popup = await openExtensionPage('popup.html');
    await popup.waitUntil(`document.readyState === 'complete'`);
    // The tab's first look comes 1.5 s after its script starts: wait until the tab is older than that, not 2 s more.
    await page.waitUntil('performance.now() > 2500');
    const before = await readingOfXTab(popup);
    expect(before.reading).toMatchObject({ state: 'read' });
    expect(before.reading.authors).toBeGreaterThan(0);
    expect(before.badge).toBe('');

    await page.evaluate(`(() => {
      for (const el of document.querySelectorAll('[data-testid]')) {
        el.setAttribute('data-qa', el.getAttribute('data-testid'));
        el.removeAttribute('data-testid');
      }
      return true;
    })()`);
    // The tab looks again every few seconds; the badge follows its next look.
    const after = await until(() => readingOfXTab(popup), (seen) => seen.badge === '?');
    expect(after.reading).toMatchObject({ state: 'unreadable', posts: 0, authors: 0 });

    await page.evaluate(`(() => {
      for (const el of document.querySelectorAll('[data-qa]')) el.setAttribute('data-testid', el.getAttribute('data-qa'));
      return true;
    })()`);
    const again = await until(() => readingOfXTab(popup), (seen) => seen.badge === '');
    expect(again.reading).toMatchObject({ state: 'read' });
  });
});

/** Asks again until the answer passes, for as long as two of the tab's looks take. */
async function until<T>(ask: () => Promise<T>, passes: (answer: T) => boolean, timeoutMs = 12_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await ask();
    if (passes(answer) || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
