import { describe, expect, it } from 'vitest';
import { CAMPAIGN_MATCH, importCampaignHashtags } from './campaign-hashtag-list';
import type { PageHandle } from './harness/driver';
import { describeInEachBrowser } from './harness/each-browser';
import { ANIES_POST, article, FEED, FEED_ID, icon, PROFILE_ANIES, PROFILE_PRABOWO_FOLLOWED } from './instagram-replica';
import {
  cancelWithButton,
  expectHeldThenCancel,
  markerFor,
  proceedAndWait,
  replicaLog,
  replicaLogged,
  waitForMatch,
  waitForWarning,
  WARNING,
} from './warning-contract';

/**
 * The Instagram guard end to end, on the replicas, in both browsers with the
 * built extension, and issue 17 on Instagram (campaign hashtags, new
 * comments) in the same browsers: one launch per browser serves both. The
 * campaign hashtag list is imported once per browser; the guard specs rely
 * on the shipped lists.
 */

const VOLUNTEER_POST = 'C4feedRelawan';
const KOMPAS_POST = 'C2feedKompas';
const box = (code: string) => `${article(code)} form textarea`;
const postButton = (code: string) => `${article(code)} form [role="button"]:not(:has(svg))`;

/** Types into a comment box as a user does: its value, then the input event Instagram listens to. */
async function type(page: PageHandle, code: string, text: string): Promise<void> {
  await page.evaluate(`(() => {
    const box = document.querySelector(${JSON.stringify(box(code))});
    box.value = ${JSON.stringify(text)};
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
  })()`);
}

const boxText = (page: PageHandle, code: string) => page.evaluate<string>(`document.querySelector(${JSON.stringify(box(code))}).value`);

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

  /**
   * Issue 17 on Instagram: a volunteer's post (@relawan.amin, on no list)
   * under the campaign hashtag #AMINAjaDulu, and a comment that mentions a
   * listed account typed under a post by an unlisted author (@kompascom) that
   * carries no campaign hashtag.
   */
  describe('campaign hashtags and new comments (issue 17)', () => {
    it.each([
      [FEED, 'Like', 'like', 'like'],
      [FEED, 'Share Post', 'share', 'share-dialog'],
      [FEED_ID, 'Suka', 'like', 'like'],
    ] as const)('on %s, holds %s of an unlisted author’s post with a listed hashtag; proceed does it once', async (url, label, intent, logged) => {
      const page = await openPage(url);
      await page.click(icon(VOLUNTEER_POST, label));
      await waitForMatch(page, 'instagram:relawan.amin', intent, CAMPAIGN_MATCH);
      await cancelWithButton(page);
      expect(await replicaLog(page)).toEqual([]);

      await page.click(icon(VOLUNTEER_POST, label));
      await waitForMatch(page, 'instagram:relawan.amin', intent, CAMPAIGN_MATCH);
      expect(await proceedAndWait(page)).toEqual([
        { action: logged, account: 'relawan.amin', post: VOLUNTEER_POST, via: 'click' },
      ]);
    });

    it('holds a comment mentioning a listed account as a new post; cancel keeps the text, proceed posts it once as typed', async () => {
      const page = await openPage(FEED);
      const text = 'Sampai jumpa di JIS, @AniesBaswedan!';
      await type(page, KOMPAS_POST, text);
      await page.click(postButton(KOMPAS_POST));
      await waitForMatch(page, 'instagram:aniesbaswedan', 'post', 'mention:instagram:aniesbaswedan');
      await cancelWithButton(page);
      expect(await replicaLog(page)).toEqual([]);
      expect(await boxText(page, KOMPAS_POST)).toBe(text);

      await page.focus(box(KOMPAS_POST));
      await page.press('Enter');
      await waitForMatch(page, 'instagram:aniesbaswedan', 'post', 'mention:instagram:aniesbaswedan');
      expect(await proceedAndWait(page)).toEqual([
        { action: 'comment', account: 'kompascom', post: KOMPAS_POST, text, via: 'click' },
      ]);
      expect(await replicaLog(page)).toHaveLength(1);
    });

    it('lets a comment with neither a listed mention nor a listed hashtag through', async () => {
      const page = await openPage(FEED);
      await type(page, KOMPAS_POST, 'Terima kasih #AMINAjaDuluBanget');
      await page.click(postButton(KOMPAS_POST));
      await page.waitUntil('window.__replicaLog.length === 1');
      expect(await page.count('[role="alertdialog"]')).toBe(0);
    });
  });
}, { setup: importCampaignHashtags });
