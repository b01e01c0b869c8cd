import { expect, it } from 'vitest';
import { describeInEachBrowser } from './harness/each-browser';
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
  cancelWithEscape,
  expectHeldThenCancel,
  expectPassedThrough,
  proceedAndWait,
  replicaLog,
  waitForWarning,
} from './warning-contract';

/** The TikTok guard end to end, on the replicas (test/fixtures/tiktok), in both browsers with the built extension. */

const FOOTER_POST = '.css-2b5-DivCommentFooter [data-e2e="comment-post"]';

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
  },
  { setup: importTikTokList },
);
