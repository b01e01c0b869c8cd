import { expect, it } from 'vitest';
import { describeInEachBrowser } from './harness/each-browser';
import { ANIES_POST, article, FEED, FEED_ID, icon, PROFILE_ANIES, PROFILE_PRABOWO_FOLLOWED } from './instagram-replica';
import {
  cancelWithButton,
  expectHeldThenCancel,
  markerFor,
  proceedAndWait,
  replicaLog,
  replicaLogged,
  waitForWarning,
  WARNING,
} from './warning-contract';

/** The Instagram guard end to end, on the replicas, in both browsers with the built extension. */

describeInEachBrowser('Instagram guard', ({ openPage }) => {
  it('holds a like on a listed author, cancels it, then replays it once on proceed', async () => {
    const page = await openPage(FEED);
    const like = icon('C1feedAnies1', 'Like');
    await page.click(like);
    await waitForWarning(page, 'instagram:aniesbaswedan', 'like');
    await cancelWithButton(page);
    expect(await replicaLog(page)).toEqual([]);

    await page.click(like);
    await waitForWarning(page, 'instagram:aniesbaswedan', 'like');
    expect(await proceedAndWait(page)).toEqual([
      { action: 'like', account: 'aniesbaswedan', post: 'C1feedAnies1', via: 'click' },
    ]);
    expect(await page.count(icon('C1feedAnies1', 'Unlike'))).toBe(1);
  });

  it('holds a like on the Indonesian feed', async () => {
    const page = await openPage(FEED_ID);
    await page.click(icon('C1feedAnies1', 'Suka'));
    await expectHeldThenCancel(page, 'instagram:aniesbaswedan', 'like');
  });

  it('holds a double-click on a listed post’s photo, and replays it as one like', async () => {
    const page = await openPage(FEED);
    await page.dblclick(`${article('C1feedAnies1')} ._aagw`);
    await waitForWarning(page, 'instagram:aniesbaswedan', 'like');
    expect(await proceedAndWait(page)).toEqual([
      { action: 'like', account: 'aniesbaswedan', post: 'C1feedAnies1', via: 'click' },
    ]);
  });

  it("holds a follow on a listed account's profile page", async () => {
    const page = await openPage(PROFILE_ANIES);
    await page.click('header button');
    await expectHeldThenCancel(page, 'instagram:aniesbaswedan', 'follow');
  });

  it('holds a follow from a "Suggested for you" card', async () => {
    const page = await openPage(FEED);
    await page.click('[data-suggestions] ._aa_y:has(a[href="/prabowo/"]) button');
    await expectHeldThenCancel(page, 'instagram:prabowo', 'follow');
  });

  it('holds Enter in a listed post’s comment box; proceed posts the comment once', async () => {
    const page = await openPage(FEED);
    await page.focus(`${article('C1feedAnies1')} form textarea`);
    await page.press('Enter');
    await waitForWarning(page, 'instagram:aniesbaswedan', 'comment');
    expect(await proceedAndWait(page)).toEqual([
      { action: 'comment', account: 'aniesbaswedan', post: 'C1feedAnies1', text: 'Semangat terus, Pak!', via: 'click' },
    ]);
  });

  it('holds the send (share) button and the repost button', async () => {
    const page = await openPage(FEED);
    await page.click(icon('C1feedAnies1', 'Share Post'));
    await expectHeldThenCancel(page, 'instagram:aniesbaswedan', 'share');
    await page.click(icon('C1feedAnies1', 'Repost'));
    await expectHeldThenCancel(page, 'instagram:aniesbaswedan', 'share');
  });

  it('keeps guarding across Instagram’s in-page navigation, to a profile and back', async () => {
    const page = await openPage(FEED);
    await page.evaluate('(window.__sameDocument = true)');
    await page.click(`${article(ANIES_POST)} a[href="/aniesbaswedan/"]`);
    await page.waitFor('header h2');
    await page.waitFor(markerFor('instagram:aniesbaswedan'));
    expect(await page.evaluate('[location.pathname, window.__sameDocument]')).toEqual(['/aniesbaswedan/', true]);
    await page.click('header button');
    await expectHeldThenCancel(page, 'instagram:aniesbaswedan', 'follow');

    await page.evaluate('(history.back(), true)');
    await page.click(icon(ANIES_POST, 'Like'));
    await expectHeldThenCancel(page, 'instagram:aniesbaswedan', 'like');
    expect(await page.evaluate('[location.pathname, window.__sameDocument]')).toEqual(['/', true]);
  });

  it('lets unlisted accounts and undo actions through untouched', async () => {
    const page = await openPage(FEED);
    await page.click(icon('C2feedKompas', 'Like'));
    await page.click(icon('C3feedGanjar', 'Unlike'));
    await page.click(icon('C3feedGanjar', 'Repost'));
    expect(await replicaLogged(page, 3)).toEqual([
      expect.objectContaining({ action: 'like', account: 'kompascom' }),
      expect.objectContaining({ action: 'unlike', account: 'ganjar_pranowo' }),
      expect.objectContaining({ action: 'unrepost', account: 'ganjar_pranowo' }),
    ]);
    expect(await page.count(WARNING)).toBe(0);
  });

  it('never interrupts unfollowing a listed account', async () => {
    const page = await openPage(PROFILE_PRABOWO_FOLLOWED);
    await page.click('header button');
    expect(await replicaLogged(page, 1)).toEqual([{ action: 'unfollow', account: 'prabowo', via: 'click' }]);
    expect(await page.count(WARNING)).toBe(0);
  });
});
