import { describe, expect, it } from 'vitest';
import type { PageHandle } from './harness/driver';
import { describeInEachBrowser } from './harness/each-browser';
import {
  COMMENT_BOX,
  commentHeart,
  POST_2026_ANIES,
  POST_2026_KOMPAS,
  POST_BUTTON,
  postIcon,
  reel,
  reelFollow,
  reelIcon,
  reelPlayer,
  REELS,
} from './instagram-replica';
import {
  cancelWithButton,
  expectHeldThenCancel,
  expectPassedThrough,
  markedWithin,
  markerFor,
  proceedAndWait,
  replicaLog,
  waitForWarning,
  WARNING,
} from './warning-contract';

/**
 * The layouts Instagram drew in 2026, end to end in both browsers with the
 * built extension: the Reels viewer (no article; each reel's author links to
 * /<user>/reels/) and the post page with neither article nor header. The
 * replicas are modelled on ../shared/live-dom/instagram (see their comments).
 * Both layouts share one launch of each browser.
 */

const ANIES = 'instagram:aniesbaswedan';

/** Types into whatever has focus, one trusted key press per character. */
async function type(page: PageHandle, text: string): Promise<void> {
  for (const key of text) await page.press(key);
}

describeInEachBrowser('Instagram 2026 layouts', ({ openPage }) => {
  describe('Reels viewer', () => {
    it('marks the listed author’s reel, and no other', async () => {
      const page = await openPage(REELS);
      await page.waitFor(markerFor(ANIES));
      expect(await page.evaluate(markedWithin(reel('aniesbaswedan'), ANIES))).toBe(true);
      expect(await page.evaluate(markedWithin(reel('kompascom'), ANIES))).toBe(false);
      expect(await page.count('[data-marker="listed"]')).toBe(1);
    });

    it('holds Suka (the heart) on the listed reel; Cancel leaves it, Proceed likes it once', async () => {
      const page = await openPage(REELS);
      await page.click(reelIcon('aniesbaswedan', 'Suka'));
      await waitForWarning(page, ANIES, 'like');
      await cancelWithButton(page);
      expect(await replicaLog(page)).toEqual([]);

      await page.click(reelIcon('aniesbaswedan', 'Suka'));
      await waitForWarning(page, ANIES, 'like');
      expect(await proceedAndWait(page)).toEqual([
        { action: 'like', account: 'aniesbaswedan', post: 'C1reelAnies', via: 'click' },
      ]);
      expect(await page.count(reelIcon('aniesbaswedan', 'Tidak Suka'))).toBe(1);
    });

    it('holds a double-click on the listed reel’s video (on the player over it), and replays it as one like', async () => {
      const page = await openPage(REELS);
      await page.dblclick(reelPlayer('aniesbaswedan'));
      await expectHeldThenCancel(page, ANIES, 'like');

      await page.dblclick(reelPlayer('aniesbaswedan'));
      await waitForWarning(page, ANIES, 'like');
      expect(await proceedAndWait(page)).toEqual([
        { action: 'like', account: 'aniesbaswedan', post: 'C1reelAnies', via: 'click' },
      ]);
    });

    it('holds Bagikan (share) on the listed reel; Proceed opens the share dialog once', async () => {
      const page = await openPage(REELS);
      await page.click(reelIcon('aniesbaswedan', 'Bagikan'));
      await expectHeldThenCancel(page, ANIES, 'share');

      await page.click(reelIcon('aniesbaswedan', 'Bagikan'));
      await waitForWarning(page, ANIES, 'share');
      expect(await proceedAndWait(page)).toEqual([
        { action: 'share-dialog', account: 'aniesbaswedan', post: 'C1reelAnies', via: 'click' },
      ]);
    });

    it('holds Ikuti (follow) on the listed reel’s author row; Proceed follows once', async () => {
      const page = await openPage(REELS);
      await page.click(reelFollow('aniesbaswedan'));
      await expectHeldThenCancel(page, ANIES, 'follow');

      await page.click(reelFollow('aniesbaswedan'));
      await waitForWarning(page, ANIES, 'follow');
      expect(await proceedAndWait(page)).toEqual([{ action: 'follow', account: 'aniesbaswedan', via: 'click' }]);
    });

    it('lets the heart, a double-click, Bagikan and Ikuti on the unlisted reel through untouched', async () => {
      const page = await openPage(REELS);
      await page.click(reelIcon('kompascom', 'Suka'));
      await page.dblclick(reelPlayer('kompascom')); // already liked: Instagram does nothing
      await page.click(reelIcon('kompascom', 'Tidak Suka'));
      await page.dblclick(reelPlayer('kompascom'));
      await page.click(reelIcon('kompascom', 'Bagikan'));
      await page.click(reelFollow('kompascom'));
      await expectPassedThrough(page, [
        { action: 'like', account: 'kompascom', post: 'C2reelKompas', via: 'click' },
        { action: 'unlike', account: 'kompascom', post: 'C2reelKompas', via: 'click' },
        { action: 'like', account: 'kompascom', post: 'C2reelKompas', via: 'dblclick' },
        { action: 'share-dialog', account: 'kompascom', post: 'C2reelKompas', via: 'click' },
        { action: 'follow', account: 'kompascom', via: 'click' },
      ]);
    });
  });

  describe('post page without article or header', () => {
    it('marks the listed author’s post, once, and a listed commenter’s comment', async () => {
      const page = await openPage(POST_2026_ANIES);
      await page.waitFor(markerFor(ANIES));
      await page.waitFor(markerFor('instagram:ganjar_pranowo'));
      expect(await page.count(markerFor(ANIES))).toBe(1);
      expect(await page.count(markerFor('instagram:kompascom'))).toBe(0);
    });

    it('gives an unlisted author’s post no marker', async () => {
      const page = await openPage(POST_2026_KOMPAS);
      await page.waitFor(markerFor('instagram:ganjar_pranowo'));
      expect(await page.count('[data-marker="listed"]')).toBe(1);
    });

    it('holds Like on the listed post; Cancel leaves it, Proceed likes it once', async () => {
      const page = await openPage(POST_2026_ANIES);
      await page.click(postIcon('Like'));
      await waitForWarning(page, ANIES, 'like');
      await cancelWithButton(page);
      expect(await replicaLog(page)).toEqual([]);

      await page.click(postIcon('Like'));
      await waitForWarning(page, ANIES, 'like');
      expect(await proceedAndWait(page)).toEqual([
        { action: 'like', account: 'aniesbaswedan', post: 'C2postAnies', via: 'click' },
      ]);
      expect(await page.count(postIcon('Unlike'))).toBe(1);
    });

    it('holds Enter on a comment typed in "Add a comment…"; Proceed posts it once', async () => {
      const page = await openPage(POST_2026_ANIES);
      expect(await page.count(POST_BUTTON)).toBe(0);
      await page.focus(COMMENT_BOX);
      await type(page, 'hebat');
      await page.waitFor(POST_BUTTON);
      await page.press('Enter');
      await expectHeldThenCancel(page, ANIES, 'comment');
      expect(await page.evaluate(`document.querySelector(${JSON.stringify(COMMENT_BOX)}).value`)).toBe('hebat');

      await page.focus(COMMENT_BOX);
      await page.press('Enter');
      await waitForWarning(page, ANIES, 'comment');
      expect(await proceedAndWait(page)).toEqual([
        { action: 'comment', account: 'aniesbaswedan', post: 'C2postAnies', text: 'hebat', via: 'click' },
      ]);
    });

    it('holds the Post button that typing brings; Proceed posts the comment once', async () => {
      const page = await openPage(POST_2026_ANIES);
      await page.focus(COMMENT_BOX);
      await type(page, 'hebat');
      await page.click(POST_BUTTON);
      await expectHeldThenCancel(page, ANIES, 'comment');

      await page.click(POST_BUTTON);
      await waitForWarning(page, ANIES, 'comment');
      expect(await proceedAndWait(page)).toEqual([
        { action: 'comment', account: 'aniesbaswedan', post: 'C2postAnies', text: 'hebat', via: 'click' },
      ]);
      expect(await page.count(POST_BUTTON)).toBe(0);
    });

    it('holds Enter in a box that shows no Post button (text not typed: as saved); Proceed replays the Enter once', async () => {
      const page = await openPage(POST_2026_ANIES);
      await page.focus(COMMENT_BOX);
      await page.evaluate(`(document.querySelector(${JSON.stringify(COMMENT_BOX)}).value = 'hebat')`);
      await page.press('Enter');
      await expectHeldThenCancel(page, ANIES, 'comment');

      await page.focus(COMMENT_BOX);
      await page.press('Enter');
      await waitForWarning(page, ANIES, 'comment');
      expect(await proceedAndWait(page)).toEqual([
        { action: 'comment', account: 'aniesbaswedan', post: 'C2postAnies', text: 'hebat', via: 'enter' },
      ]);
    });

    it('holds a listed commenter’s comment heart as a like of the commenter; Proceed likes it once', async () => {
      const page = await openPage(POST_2026_ANIES);
      await page.click(commentHeart('18000000000000001'));
      await expectHeldThenCancel(page, 'instagram:ganjar_pranowo', 'like');

      await page.click(commentHeart('18000000000000001'));
      await waitForWarning(page, 'instagram:ganjar_pranowo', 'like');
      expect(await proceedAndWait(page)).toEqual([
        { action: 'like', account: 'ganjar_pranowo', post: 'C2postAnies', comment: '18000000000000001', via: 'click' },
      ]);
    });

    it('lets an unlisted commenter’s heart on the listed post through untouched', async () => {
      const page = await openPage(POST_2026_ANIES);
      await page.click(commentHeart('18000000000000002'));
      await expectPassedThrough(page, [
        { action: 'like', account: 'kompascom', post: 'C2postAnies', comment: '18000000000000002', via: 'click' },
      ]);
    });

    it('lets Like and a comment (Enter and Post) on the unlisted author’s post through untouched', async () => {
      const page = await openPage(POST_2026_KOMPAS);
      await page.click(postIcon('Like'));
      await page.focus(COMMENT_BOX);
      await type(page, 'oke');
      await page.press('Enter');
      await page.focus(COMMENT_BOX);
      await type(page, 'sip');
      await page.click(POST_BUTTON);
      await expectPassedThrough(page, [
        { action: 'like', account: 'kompascom', post: 'C2postKompas', via: 'click' },
        { action: 'comment', account: 'kompascom', post: 'C2postKompas', text: 'oke', via: 'enter' },
        { action: 'comment', account: 'kompascom', post: 'C2postKompas', text: 'sip', via: 'click' },
      ]);
      expect(await page.count(WARNING)).toBe(0);
    });
  });
});
