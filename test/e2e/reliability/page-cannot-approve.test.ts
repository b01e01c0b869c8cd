import { expect, it } from 'vitest';
import { firstMatch } from '../harness/driver';
import { describeInEachBrowser } from '../harness/each-browser';
import { historyRow, replicaLog, waitForHistoryRow, waitForWarning, WARNING, warningButton } from '../warning-contract';
import { HOME, LISTED_TWEET, tweetButton } from '../x-replica';

/** A hostile page's script tries to approve a held action for the user. */

describeInEachBrowser('page cannot approve', ({ openPage, openExtensionPage }) => {
  it('cannot be approved by the page: scripted clicks, synthetic events, removing the warning', async () => {
    const proceeded = historyRow('x:aniesbaswedan', 'like', 'proceeded');
    const before = await openExtensionPage('history.html');
    await before.waitFor('table[aria-busy="false"]');
    const proceededBefore = await before.count(proceeded);

    const page = await openPage(HOME);
    const like = tweetButton(LISTED_TWEET, 'like');
    await page.click(like);
    await waitForWarning(page, 'x:aniesbaswedan', 'like');
    await page.evaluate(`(() => {
      ${firstMatch(warningButton('proceed'))}.click();
      ${firstMatch(warningButton('proceed'))}.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      ${firstMatch(like)}.click();
      return true;
    })()`);
    expect(await page.count(WARNING)).toBe(1);
    await page.evaluate(`(${firstMatch(WARNING)}.getRootNode().host.remove(), true)`);
    await page.waitForNone(WARNING);
    expect(await replicaLog(page)).toEqual([]);
    expect(await page.count(like)).toBe(1);

    const history = await openExtensionPage('history.html');
    await waitForHistoryRow(history, historyRow('x:aniesbaswedan', 'like', 'cancelled'));
    expect(await history.count(proceeded)).toBe(proceededBefore);
  });
});
