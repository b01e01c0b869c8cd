import { describe, expect, it } from 'vitest';
import { FEED, FEED_LAYER, FEED_LAYER_ID, importFacebookList, like, PHOTO, PHOTO_DIALOG, PHOTO_UNLISTED, post } from './facebook-replica';
import type { PageHandle } from './harness/driver';
import { describeInEachBrowser } from './harness/each-browser';
import {
  cancelWithButton,
  expectPassedThrough,
  markerFor,
  proceedAndWait,
  replicaLog,
  replicaLogged,
  waitForWarning,
  WARNING,
  warningButton,
  type Intent,
} from './warning-contract';

/**
 * Facebook variants the adapter reads in happy-dom (test/unit/sites/facebook-dialog.test.ts,
 * test/unit/live/facebook.test.ts), proven in real browsers: the reaction bar as a layer of its
 * own placed by real CSS over (or under) the Like button, the photo viewer's panel, a post
 * opened in its dialog, and the server-rendered mobile layouts.
 */

/** The reaction layer at the end of the page: a dialog holding one toolbar, outside every post. */
const LAYER = '.jn-layer[role="dialog"]';
const layerReaction = (label: string) => `${LAYER} [role="toolbar"] [role="button"][aria-label="${label}"]`;

const PANEL = '[role="complementary"]';
const panelButton = (label: string) => `${PANEL} .jn-bar [role="button"][aria-label="${label}"]`;
const PANEL_BOX = `${PANEL} form [role="textbox"]`;
const PANEL_SEND = `${PANEL} form #focused-state-composer-submit [role="button"]`;
const commentLike = (scope: string, account: string) =>
  `${scope} [role="article"]:has(a[href*="facebook.com/${account}?comment_id="]) [role="button"]:first-child`;

const DIALOG = '.jn-post-dialog[role="dialog"]';
const dialogLike = `${DIALOG} .jn-like`;
const DIALOG_BOX = `${DIALOG} .jn-comments > .jn-composer [role="textbox"]`;
const DIALOG_SEND = `${DIALOG} .jn-comments > .jn-composer .jn-send`;
const openPostDialog = async (page: PageHandle, id: string) => {
  await page.click(`${post(id)} [role="button"][aria-label="Leave a comment"]`);
  await page.waitFor(`${DIALOG}:has(a[href*="/posts/${id}?"])`);
};

/** Types into a comment box with real key presses, as a user would. */
async function type(page: PageHandle, box: string, text: string): Promise<void> {
  await page.click(box);
  for (const key of text) await page.press(key);
  await page.waitUntil(`document.querySelector(${JSON.stringify(box)}).textContent === ${JSON.stringify(text)}`);
}

/** Held, Cancel leaves the page's log empty; held again, Proceed runs it exactly once. */
async function heldCancelThenProceed(
  page: PageHandle,
  act: () => Promise<void>,
  account: string,
  intent: Intent,
  expected: unknown,
): Promise<void> {
  await act();
  await waitForWarning(page, account, intent);
  await cancelWithButton(page);
  expect(await replicaLog(page)).toEqual([]);
  await act();
  await waitForWarning(page, account, intent);
  expect(await proceedAndWait(page)).toEqual([expected]);
  // Exactly once: nothing more arrives after the replay.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(await replicaLog(page)).toEqual([expected]);
}

/** The mobile layouts' pages and controls (test/fixtures/facebook-mobile). */
const M_FEED = 'https://m.facebook.com/';
const M_PROFILE = 'https://m.facebook.com/prabowo';
const MBASIC_STORY = 'https://mbasic.facebook.com/story.php?story_fbid=1001&id=100044000000001';
const storyShare = (id: string) => `[data-ft*='"top_level_post_id":"${id}"'] a[data-sigil~="share-popup"]`;
const storyLike = (id: string) => `[data-ft*='"top_level_post_id":"${id}"'] a[data-sigil~="ufi-inline-like"]`;
const FOLLOW = '#m-timeline-cover-section a[href*="/a/subscribe.php"]';

describeInEachBrowser(
  'Facebook variants',
  (session) => {
    // 1. The reaction bar as a layer of its own (feed-layer-*.html).
    it('reaction layer: Super (Indonesian) over a listed post’s Suka is held as a like of its author; Proceed applies Super once', async () => {
      const page = await session.openPage(FEED_LAYER_ID);
      const hoverAndChoose = async () => {
        await page.hover(like('pfbid0Anies1'));
        await page.click(layerReaction('Super'));
      };
      await page.hover(like('pfbid0Anies1'));
      await page.waitFor(LAYER);
      // The layer is no part of the post: it sits at the end of the page, over the Like button.
      expect(await page.evaluate<boolean>(`document.querySelector('${post('pfbid0Anies1')}').contains(document.querySelector('${LAYER}'))`)).toBe(false);
      expect(
        await page.evaluate<boolean>(
          `document.querySelector('${LAYER}').getBoundingClientRect().bottom <= document.querySelector('${like('pfbid0Anies1')}').getBoundingClientRect().top`,
        ),
      ).toBe(true);
      await heldCancelThenProceed(page, hoverAndChoose, 'facebook:aniesbaswedan', 'like', {
        action: 'like', account: 'aniesbaswedan', post: 'pfbid0Anies1', reaction: 'love', via: 'click',
      });
      expect(await page.count(`${post('pfbid0Anies1')} [aria-label="Hapus Super"]`)).toBe(1);
      expect(await page.count(LAYER)).toBe(0);
    });

    it('reaction layer: Love (English) is held where the layer opens under Like near the top of the window', async () => {
      const page = await session.openPage(FEED_LAYER);
      // Bring the post's Like just below the top bar, where the layer has no room above it.
      await page.evaluate(`window.scrollBy(0, document.querySelector('${like('pfbid0Anies1')}').getBoundingClientRect().top - 70)`);
      await page.hover(like('pfbid0Anies1'));
      await page.waitFor(LAYER);
      expect(
        await page.evaluate<boolean>(
          `document.querySelector('${LAYER}').getBoundingClientRect().top >= document.querySelector('${like('pfbid0Anies1')}').getBoundingClientRect().bottom`,
        ),
      ).toBe(true);
      await heldCancelThenProceed(page, () => page.click(layerReaction('Love')), 'facebook:aniesbaswedan', 'like', {
        action: 'like', account: 'aniesbaswedan', post: 'pfbid0Anies1', reaction: 'love', via: 'click',
      });
      expect(await page.count(`${post('pfbid0Anies1')} [aria-label="Remove Love"]`)).toBe(1);
    });

    it('reaction layer: Love and Super on an unlisted post go through untouched', async () => {
      const page = await session.openPage(FEED_LAYER);
      await page.hover(like('pfbid0Kompas2'));
      await page.click(layerReaction('Love'));
      await expectPassedThrough(page, [{ action: 'like', account: 'kompascom', post: 'pfbid0Kompas2', reaction: 'love', via: 'click' }]);
      const id = await session.openPage(FEED_LAYER_ID);
      await id.hover(like('pfbid0Kompas2'));
      await id.click(layerReaction('Super'));
      await expectPassedThrough(id, [{ action: 'like', account: 'kompascom', post: 'pfbid0Kompas2', reaction: 'love', via: 'click' }]);
    });

    // 2. The photo viewer: the post's parts in a role="complementary" panel, no article (photo-*.html).
    for (const [where, url, postId] of [
      ['photo viewer', PHOTO, 'pfbid0Photo1'],
      ['photo viewer in a dialog', PHOTO_DIALOG, 'pfbid0Photo2'],
    ] as const) {
      it(`${where}: Like is held as a like (not a follow) of the photo’s author; Proceed likes once`, async () => {
        const page = await session.openPage(url);
        await heldCancelThenProceed(page, () => page.click(panelButton('Like')), 'facebook:aniesbaswedan', 'like', {
          action: 'like', account: 'aniesbaswedan', post: postId, reaction: 'like', via: 'click',
        });
      });

      it(`${where}: Share is held as a share of the photo’s author`, async () => {
        const page = await session.openPage(url);
        await heldCancelThenProceed(
          page,
          () => page.click(panelButton('Send this to friends or post it on your Timeline.')),
          'facebook:aniesbaswedan',
          'share',
          { action: 'share-menu', account: 'aniesbaswedan', post: postId, via: 'click' },
        );
      });

      it(`${where}: a typed comment is held on Enter and on the send button; Proceed posts it once`, async () => {
        const page = await session.openPage(url);
        await type(page, PANEL_BOX, 'Hebat');
        await page.press('Enter');
        await waitForWarning(page, 'facebook:aniesbaswedan', 'comment');
        await cancelWithButton(page);
        expect(await replicaLog(page)).toEqual([]);
        await heldCancelThenProceed(page, () => page.click(PANEL_SEND), 'facebook:aniesbaswedan', 'comment', {
          action: 'comment', account: 'aniesbaswedan', post: postId, text: 'Hebat', via: 'send',
        });
      });

      it(`${where}: Like on a listed commenter’s comment is held for the commenter; an unlisted one’s goes through`, async () => {
        const page = await session.openPage(url);
        await page.click(commentLike(PANEL, 'kompascom'));
        await expectPassedThrough(page, [
          { action: 'like', account: 'kompascom', post: postId, comment: 'Y29tbWVudDo0MQ', reaction: 'like', via: 'click' },
        ]);
        await page.click(commentLike(PANEL, 'prabowo'));
        await waitForWarning(page, 'facebook:prabowo', 'like');
        await page.click(warningButton('proceed'));
        await page.waitForNone(WARNING);
        expect(await replicaLogged(page, 2)).toEqual([
          { action: 'like', account: 'kompascom', post: postId, comment: 'Y29tbWVudDo0MQ', reaction: 'like', via: 'click' },
          { action: 'like', account: 'prabowo', post: postId, comment: 'Y29tbWVudDozMQ', reaction: 'like', via: 'click' },
        ]);
      });
    }

    it('photo viewer of an unlisted author: Like, Share and a comment go through untouched', async () => {
      const page = await session.openPage(PHOTO_UNLISTED);
      await page.click(panelButton('Like'));
      await page.click(panelButton('Send this to friends or post it on your Timeline.'));
      await type(page, PANEL_BOX, 'Mantap');
      await page.press('Enter');
      await expectPassedThrough(page, [
        { action: 'like', account: 'kompascom', post: 'pfbid0Photo3', reaction: 'like', via: 'click' },
        { action: 'share-menu', account: 'kompascom', post: 'pfbid0Photo3', via: 'click' },
        { action: 'comment', account: 'kompascom', post: 'pfbid0Photo3', text: 'Mantap', via: 'enter' },
      ]);
    });

    // 3. A post opened in its dialog from the feed.
    it('post dialog: Like is held as a like (not a follow) of the post’s author; Proceed likes once', async () => {
      const page = await session.openPage(FEED);
      await openPostDialog(page, 'pfbid0Anies1');
      await heldCancelThenProceed(page, () => page.click(dialogLike), 'facebook:aniesbaswedan', 'like', {
        action: 'like', account: 'aniesbaswedan', post: 'pfbid0Anies1', reaction: 'like', via: 'click',
      });
    });

    it('post dialog: a comment is held on the send button; Proceed posts it once', async () => {
      const page = await session.openPage(FEED);
      await openPostDialog(page, 'pfbid0Anies1');
      await heldCancelThenProceed(page, () => page.click(DIALOG_SEND), 'facebook:aniesbaswedan', 'comment', {
        action: 'comment', account: 'aniesbaswedan', post: 'pfbid0Anies1', text: 'Semangat terus, Pak!', via: 'send',
      });
    });

    it('post dialog: a typed comment is held on Enter; Proceed posts it once (through the send button)', async () => {
      const page = await session.openPage(FEED);
      await openPostDialog(page, 'pfbid0Anies1');
      await page.evaluate(`document.querySelector('${DIALOG_BOX}').innerHTML = '<p><br></p>'`);
      await type(page, DIALOG_BOX, 'Maju terus');
      const enter = async () => {
        await page.focus(DIALOG_BOX);
        await page.press('Enter');
      };
      await heldCancelThenProceed(page, enter, 'facebook:aniesbaswedan', 'comment', {
        action: 'comment', account: 'aniesbaswedan', post: 'pfbid0Anies1', text: 'Maju terus', via: 'send',
      });
    });

    it('post dialog of an unlisted post: Like and a comment go through untouched', async () => {
      const page = await session.openPage(FEED);
      await openPostDialog(page, 'pfbid0Kompas2');
      await page.click(dialogLike);
      await type(page, DIALOG_BOX, 'Oke');
      await page.press('Enter');
      await expectPassedThrough(page, [
        { action: 'like', account: 'kompascom', post: 'pfbid0Kompas2', reaction: 'like', via: 'click' },
        { action: 'comment', account: 'kompascom', post: 'pfbid0Kompas2', text: 'Oke', via: 'enter' },
      ]);
    });

    /**
     * Facebook's server-rendered mobile layouts (test/fixtures/facebook-mobile):
     * m.facebook.com (touch, Indonesian) and mbasic.facebook.com (plain links and forms).
     */
    describe('mobile layouts', () => {
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
    });
  },
  { setup: importFacebookList },
);
