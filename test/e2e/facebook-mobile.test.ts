import { expect, it } from 'vitest';
import { importFacebookList } from './facebook-replica';
import { describeInEachBrowser } from './harness/each-browser';
import { expectPassedThrough, markerFor, proceedAndWait, replicaLog, waitForWarning, WARNING, warningButton } from './warning-contract';

/**
 * Facebook's server-rendered mobile layouts end to end (test/fixtures/facebook-mobile):
 * m.facebook.com (touch, Indonesian) and mbasic.facebook.com (plain links and forms), in both browsers.
 */

const M_FEED = 'https://m.facebook.com/';
const M_PROFILE = 'https://m.facebook.com/prabowo';
const MBASIC_STORY = 'https://mbasic.facebook.com/story.php?story_fbid=1001&id=100044000000001';
const storyShare = (id: string) => `[data-ft*='"top_level_post_id":"${id}"'] a[data-sigil~="share-popup"]`;
const storyLike = (id: string) => `[data-ft*='"top_level_post_id":"${id}"'] a[data-sigil~="ufi-inline-like"]`;
const FOLLOW = '#m-timeline-cover-section a[href*="/a/subscribe.php"]';

describeInEachBrowser(
  'Facebook mobile layouts',
  (session) => {
    it('holds Suka on a listed author’s story on m.facebook.com: cancel leaves it, proceed likes once', async () => {
      const page = await session.openPage(M_FEED);
      await page.click(storyLike('1001'));
      await waitForWarning(page, 'facebook:aniesbaswedan', 'like');
      await page.click(warningButton('cancel'));
      await page.waitForNone(WARNING);
      expect(await replicaLog(page)).toEqual([]);

      await page.click(storyLike('1001'));
      await waitForWarning(page, 'facebook:aniesbaswedan', 'like');
      expect(await proceedAndWait(page)).toEqual([{ action: 'like', account: 'aniesbaswedan', post: '1001', via: 'click' }]);
      expect(await page.attribute(storyLike('1001'), 'aria-pressed')).toBe('true');
    });

    it('lets a like of an unlisted story and the unlike of a listed one through', async () => {
      const page = await session.openPage(M_FEED);
      await page.click(storyLike('2002'));
      await page.click(storyLike('3003'));
      await expectPassedThrough(page, [
        { action: 'like', account: 'kompascom', post: '2002', via: 'click' },
        { action: 'unlike', account: 'prabowo', post: '3003', via: 'click' },
      ]);
    });

    it('holds Bagikan on a story by a listed numeric profile (profile.php?id=): cancel leaves it, proceed shares once', async () => {
      const page = await session.openPage(M_FEED);
      await page.click(storyShare('4004'));
      await waitForWarning(page, 'facebook:100044000000004', 'share');
      await page.click(warningButton('cancel'));
      await page.waitForNone(WARNING);
      expect(await replicaLog(page)).toEqual([]);

      await page.click(storyShare('4004'));
      await waitForWarning(page, 'facebook:100044000000004', 'share');
      expect(await proceedAndWait(page)).toEqual([{ action: 'share-menu', account: '100044000000004', post: '4004', via: 'click' }]);
    });

    it('lets Bagikan on an unlisted author’s story through', async () => {
      const page = await session.openPage(M_FEED);
      await page.click(storyShare('2002'));
      await expectPassedThrough(page, [{ action: 'share-menu', account: 'kompascom', post: '2002', via: 'click' }]);
    });

    it('holds Ikuti on a listed profile, whose link follows its numeric id, and marks the profile', async () => {
      const page = await session.openPage(M_PROFILE);
      await page.waitFor(markerFor('facebook:prabowo'));
      await page.click(FOLLOW);
      await waitForWarning(page, 'facebook:prabowo', 'follow');
      expect(await proceedAndWait(page)).toEqual([{ action: 'follow', account: '100044000000003', via: 'click' }]);
    });

    it('holds a comment submitted through mbasic’s form, and posts it once on proceed', async () => {
      const page = await session.openPage(MBASIC_STORY);
      await page.evaluate(`document.querySelector('#composerInput').value = 'Semoga sukses'`);
      await page.click('#composer_form input[type="submit"]');
      await waitForWarning(page, 'facebook:aniesbaswedan', 'comment');
      expect(await proceedAndWait(page)).toEqual([
        { action: 'comment', account: 'aniesbaswedan', post: '1001', text: 'Semoga sukses', via: 'submit' },
      ]);
    });
  },
  { setup: importFacebookList },
);
