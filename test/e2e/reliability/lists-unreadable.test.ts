import { expect, it } from 'vitest';
import { describeInEachBrowser } from '../harness/each-browser';
import type { PageHandle } from '../harness/driver';
import { expectHeldThenCancel } from '../warning-contract';
import { HOME, LISTED_TWEET, tweetButton } from '../x-replica';

/**
 * The stored lists are damaged (a bad disk, a hand-edited profile): the tabs
 * still warn on the shipped lists, and the popup and the toolbar badge say
 * protection is degraded.
 */

/** The extension's storage and toolbar button, as an extension page reaches them in either browser. */
const EXTENSION_API = `(globalThis.browser ?? globalThis.chrome)`;
const BUTTON = `(${EXTENSION_API}.action ?? ${EXTENSION_API}.browserAction)`;

async function damageStoredLists(page: PageHandle): Promise<void> {
  // The key WXT stores `local:importedLists` under; the revision bump is what tabs and the background watch.
  await page.evaluate(`${EXTENSION_API}.storage.local.set({ importedLists: 'not a list', listsRevision: 424242 }).then(() => true)`);
}

describeInEachBrowser('lists unreadable', ({ openPage, openExtensionPage }) => {
  it('still warns on the shipped lists, and the popup and badge say protection is degraded', async () => {
    const options = await openExtensionPage('options.html');
    await damageStoredLists(options);

    const popup = await openExtensionPage('popup.html');
    await popup.waitFor('[data-popup="protection"][data-protection="degraded"]');
    expect(await popup.evaluate<string>(`document.querySelector('[data-popup="protection"]').textContent`)).toMatch(
      /stored imported lists are corrupt/,
    );
    expect(await popup.waitUntil<string>(`${BUTTON}.getBadgeText({})`)).toBe('!');
    expect(await popup.evaluate<string>(`${BUTTON}.getTitle({})`)).toMatch(/^Jaga Netral — (Protection is degraded|Perlindungan berkurang)/);

    const page = await openPage(HOME);
    await page.click(tweetButton(LISTED_TWEET, 'like'));
    await expectHeldThenCancel(page, 'x:aniesbaswedan', 'like');
  });
});
