import { expect, it } from 'vitest';
import { describeInEachBrowser } from './harness/each-browser';
import type { PageHandle } from './harness/driver';
import { cancelWithButton, historyRow, proceedAndWait, waitForHistoryRow, waitForWarning } from './warning-contract';
import { HOME, LISTED_TWEET, tweetButton } from './x-replica';

/** The history page end to end: decisions taken on a replica show up, filter, export and delete. */

const ROW = '[data-history-entry]';
const ANIES = 'x:aniesbaswedan';

/** Picks an option the way the page's own change handler sees it. */
async function choose(page: PageHandle, select: string, value: string): Promise<void> {
  await page.waitFor(select);
  await page.evaluate(`(() => {
    const select = document.querySelector(${JSON.stringify(select)});
    select.value = ${JSON.stringify(value)};
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  })()`);
}

const cancelFocused = (page: PageHandle) => page.waitUntil(`document.activeElement?.getAttribute('data-action') === 'cancel'`);

describeInEachBrowser('history page', ({ openPage, openExtensionPage }) => {
  it('lists a cancelled and a proceeded like, filters, exports and deletes them', async () => {
    const page = await openPage(HOME);
    const like = tweetButton(LISTED_TWEET, 'like');
    await page.click(like);
    await waitForWarning(page, ANIES, 'like');
    await cancelWithButton(page);
    await page.click(like);
    await waitForWarning(page, ANIES, 'like');
    await proceedAndWait(page);

    const history = await openExtensionPage('history.html');
    await waitForHistoryRow(history, historyRow(ANIES, 'like', 'proceeded'));
    await history.waitFor(historyRow(ANIES, 'like', 'cancelled'));
    expect(await history.attribute(ROW, 'data-history-entry')).toMatch(/^[0-9a-f-]{36}$/);
    await history.waitFor('table[aria-busy="false"]');

    await choose(history, 'select[name="decision"]', 'proceeded');
    await history.waitForNone(historyRow(ANIES, 'like', 'cancelled'));
    expect(await history.count(historyRow(ANIES, 'like', 'proceeded'))).toBe(await history.count(ROW));
    expect(await history.evaluate<string>(`document.querySelector('[data-count="cancelled"] dd').textContent`)).toBe('0');

    await history.click('button[name="export-csv"]');
    await history.waitFor('a[data-export="csv"][download]');
    expect(await history.attribute('a[data-export="csv"]', 'href')).toMatch(/^blob:/);

    await choose(history, 'select[name="decision"]', '');
    await history.click('button[name="delete-all"]');
    await history.waitFor('[data-confirm] [data-action="cancel"]');
    await cancelFocused(history);
    await history.click('[data-confirm] [data-action="confirm"]');
    await history.waitForNone(ROW);
    await history.reload();
    await history.waitFor('table[aria-busy="false"]');
    expect(await history.count(ROW)).toBe(0);
  });
});
