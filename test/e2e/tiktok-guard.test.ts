import { describe, expect, it } from 'vitest';
import { CAMPAIGN_MATCH, importCampaignHashtags } from './campaign-hashtag-list';
import type { PageHandle } from './harness/driver';
import { describeInEachBrowser, type BrowserSession } from './harness/each-browser';
import {
  ANIES,
  ANIES_LIKED,
  button,
  FORYOU,
  FORYOU_ID,
  importTikTokList,
  item,
  KOMPAS,
  PROFILE_FOLLOWED,
  PROFILE_LISTED,
  VIDEO_PAGE,
} from './tiktok-replica';
import {
  cancelWithButton,
  cancelWithEscape,
  expectHeldThenCancel,
  expectPassedThrough,
  proceedAndWait,
  replicaLog,
  waitForMatch,
  waitForWarning,
  WARNING,
} from './warning-contract';

/**
 * The TikTok guard end to end, on the replicas (test/fixtures/tiktok), in
 * both browsers with the built extension, and issue 17 on TikTok (campaign
 * hashtags, new comments) in the same browsers: one launch per browser serves
 * both.
 */

const FOOTER_POST = '.css-2b5-DivCommentFooter [data-e2e="comment-post"]';
const VOLUNTEER_VIDEO = '7300000000000000004';
const REPLY_BOX = '[data-e2e="comment-item"] [data-e2e="comment-input"]';
const REPLY_POST = '[data-e2e="comment-item"] [data-e2e="comment-post"]';

/** Types into the reply box's Draft.js editor: its text block, then the input event the editor fires. */
async function type(page: PageHandle, text: string): Promise<void> {
  await page.evaluate(`(() => {
    const words = document.querySelector(${JSON.stringify(`${REPLY_BOX} [data-text="true"]`)});
    words.textContent = ${JSON.stringify(text)};
    words.dispatchEvent(new InputEvent('input', { bubbles: true }));
  })()`);
}

const replyText = (page: PageHandle) =>
  page.evaluate<string>(`document.querySelector(${JSON.stringify(`${REPLY_BOX} [contenteditable="true"]`)}).textContent`);

/** The guard's accounts, and the campaign hashtag the issue 17 specs rely on, each imported once per browser. */
async function importLists(session: BrowserSession): Promise<void> {
  await importTikTokList(session);
  await importCampaignHashtags(session);
}

describeInEachBrowser(
  'TikTok guard',
  (session) => {
    it('holds a like on a listed author’s video, cancels it, then replays it once on proceed', async () => {
      const page = await session.openPage(FORYOU);
      const like = button(item(ANIES), 'like-icon');
      await page.click(like);
      await expectHeldThenCancel(page, 'tiktok:aniesbaswedan', 'like');
      await page.click(like);
      await waitForWarning(page, 'tiktok:aniesbaswedan', 'like');
      expect(await proceedAndWait(page)).toEqual([{ action: 'like', account: 'aniesbaswedan', video: ANIES, via: 'click' }]);
      expect(await page.attribute(like, 'aria-pressed')).toBe('true');
    });

    it('holds a like on the Indonesian feed', async () => {
      const page = await session.openPage(FORYOU_ID);
      await page.click(button(item(ANIES), 'like-icon'));
      await expectHeldThenCancel(page, 'tiktok:aniesbaswedan', 'like');
    });

    it('holds a double-click on a listed video, and replays it as one like', async () => {
      const page = await session.openPage(FORYOU);
      await page.dblclick(`${item(ANIES)} [data-e2e="feed-video"]`);
      await waitForWarning(page, 'tiktok:aniesbaswedan', 'like');
      expect(await proceedAndWait(page)).toEqual([{ action: 'like', account: 'aniesbaswedan', video: ANIES, via: 'click' }]);
    });

    it('holds a double-click on the video of a video page', async () => {
      const page = await session.openPage(VIDEO_PAGE);
      await page.dblclick('[data-e2e="browse-video"]');
      await expectHeldThenCancel(page, 'tiktok:aniesbaswedan', 'like');
    });

    it("holds a follow on a listed account's profile page", async () => {
      const page = await session.openPage(PROFILE_LISTED);
      await page.click('[data-e2e="follow-button"]');
      await waitForWarning(page, 'tiktok:aniesbaswedan', 'follow');
      expect(await proceedAndWait(page)).toEqual([{ action: 'follow', account: 'aniesbaswedan', via: 'click' }]);
    });

    it('holds the "+" follow on a listed author’s avatar in the feed', async () => {
      const page = await session.openPage(FORYOU);
      await page.click(`${item(ANIES)} [data-e2e="feed-follow"]`);
      await expectHeldThenCancel(page, 'tiktok:aniesbaswedan', 'follow');
    });

    it('holds a comment posted with Post, and Enter in the box; proceed posts it once', async () => {
      const page = await session.openPage(VIDEO_PAGE);
      await page.click(FOOTER_POST);
      await expectHeldThenCancel(page, 'tiktok:aniesbaswedan', 'comment');
      await page.focus('.css-2b5-DivCommentFooter [contenteditable="true"]');
      await page.press('Enter');
      await waitForWarning(page, 'tiktok:aniesbaswedan', 'comment');
      expect(await proceedAndWait(page)).toEqual([
        { action: 'comment', account: 'aniesbaswedan', video: ANIES, text: 'Semangat terus, Pak!', via: 'click' },
      ]);
    });

    it('holds the share button (the panel stays shut), then Repost in the panel', async () => {
      const page = await session.openPage(FORYOU);
      await page.click(button(item(ANIES), 'share-icon'));
      await expectHeldThenCancel(page, 'tiktok:aniesbaswedan', 'share');
      expect(await page.count('[data-e2e="video-share-repost"]')).toBe(0);
      await page.click(button(item(ANIES), 'share-icon'));
      await waitForWarning(page, 'tiktok:aniesbaswedan', 'share');
      await proceedAndWait(page);
      await page.click(`${item(ANIES)} [data-e2e="video-share-repost"]`);
      await waitForWarning(page, 'tiktok:aniesbaswedan', 'share');
      await cancelWithEscape(page);
      expect(await replicaLog(page)).toEqual([{ action: 'share-panel', account: 'aniesbaswedan', video: ANIES, via: 'click' }]);
    });

    it('lets an unlisted author’s like and the unlike of a listed video through untouched', async () => {
      const page = await session.openPage(FORYOU);
      await page.click(button(item(KOMPAS), 'like-icon'));
      await page.click(button(item(ANIES_LIKED), 'like-icon'));
      await expectPassedThrough(page, [
        { action: 'like', account: 'kompascom', video: KOMPAS, via: 'click' },
        { action: 'unlike', account: 'aniesbaswedan', video: ANIES_LIKED, via: 'click' },
      ]);
    });

    it('never interrupts unfollowing a listed account', async () => {
      const page = await session.openPage(PROFILE_FOLLOWED);
      await page.click('[data-e2e="follow-button"]');
      await expectPassedThrough(page, [{ action: 'unfollow', account: 'prabowo', via: 'click' }]);
    });

    /**
     * Issue 17 on TikTok: a volunteer's video (@relawan.amin, on no list)
     * under the campaign hashtag #AMINAjaDulu in the For You feed, and a reply
     * mentioning a listed account, typed under @kompascom's comment (on no
     * list, no campaign hashtag).
     */
    describe('campaign hashtags and new comments (issue 17)', () => {
      it.each([
        [FORYOU, 'like-icon', 'like', 'like'],
        [FORYOU, 'share-icon', 'share', 'share-panel'],
        [FORYOU_ID, 'like-icon', 'like', 'like'],
      ] as const)('on %s, holds %s of an unlisted author’s video with a listed hashtag; proceed does it once', async (url, hook, intent, logged) => {
        const page = await session.openPage(url);
        const control = button(item(VOLUNTEER_VIDEO), hook);
        await page.click(control);
        await waitForMatch(page, 'tiktok:relawan.amin', intent, CAMPAIGN_MATCH);
        await cancelWithButton(page);
        expect(await replicaLog(page)).toEqual([]);

        await page.click(control);
        await waitForMatch(page, 'tiktok:relawan.amin', intent, CAMPAIGN_MATCH);
        expect(await proceedAndWait(page)).toEqual([expect.objectContaining({ action: logged, account: 'relawan.amin', video: VOLUNTEER_VIDEO })]);
      });

      it('holds a reply mentioning a listed account as a new post; cancel keeps the text, proceed posts it once as typed', async () => {
        const page = await session.openPage(VIDEO_PAGE);
        const text = 'Setuju, @aniesbaswedan';
        await type(page, text);
        await page.click(REPLY_POST);
        await waitForMatch(page, 'tiktok:aniesbaswedan', 'post', 'mention:tiktok:aniesbaswedan');
        await cancelWithButton(page);
        expect(await replicaLog(page)).toEqual([]);
        expect(await replyText(page)).toBe(text);

        await page.click(REPLY_POST);
        await waitForMatch(page, 'tiktok:aniesbaswedan', 'post', 'mention:tiktok:aniesbaswedan');
        expect(await proceedAndWait(page)).toEqual([
          { action: 'comment', account: 'kompascom', video: '7300000000000000001', text, via: 'click' },
        ]);
        expect(await replicaLog(page)).toHaveLength(1);
      });

      it('lets a reply with neither a listed mention nor a listed hashtag through', async () => {
        const page = await session.openPage(VIDEO_PAGE);
        await type(page, 'Setuju, Kompas!');
        await page.click(REPLY_POST);
        await page.waitUntil('window.__replicaLog.length === 1');
        expect(await page.count(WARNING)).toBe(0);
      });
    });
  },
  { setup: importLists },
);
