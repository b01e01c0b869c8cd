import { expect, it } from 'vitest';
import { FEED, FEED_ID, importFacebookList, like, PAGE_LISTED, post, PROFILE_NUMERIC } from './facebook-replica';
import { describeInEachBrowser } from './harness/each-browser';
import {
  expectHeldThenCancel,
  expectPassedThrough,
  markerFor,
  proceedAndWait,
  replicaLog,
  waitForWarning,
  WARNING,
  warningButton,
} from './warning-contract';

/** The Facebook guard end to end, on the replicas, in both browsers with the built extension. */

const share = (id: string) => `${post(id)} [role="button"]:has(> [data-ad-rendering-role="share_button"])`;
const reaction = (id: string, label: string) => `${post(id)} [role="toolbar"] [role="button"][aria-label="${label}"]`;
const feedFollow = (id: string) => `${post(id)} h4 [role="button"]`;
const commentBox = (id: string) => `${post(id)} .jn-comments > .jn-composer [role="textbox"]`;
const headerButton = (label: string) => `.jn-profile-buttons [role="button"][aria-label="${label}"]`;

describeInEachBrowser(
  'Facebook guard',
  (session) => {
    it('holds a like on a listed page’s post, cancels it, then replays it once on proceed', async () => {
      const page = await session.openPage(FEED);
      await page.click(like('pfbid0Anies1'));
      await waitForWarning(page, 'facebook:aniesbaswedan', 'like');
      await page.click(warningButton('cancel'));
      await page.waitForNone(WARNING);
      expect(await replicaLog(page)).toEqual([]);

      await page.click(like('pfbid0Anies1'));
      await waitForWarning(page, 'facebook:aniesbaswedan', 'like');
      expect(await proceedAndWait(page)).toEqual([
        { action: 'like', account: 'aniesbaswedan', post: 'pfbid0Anies1', reaction: 'like', via: 'click' },
      ]);
      expect(await page.count(`${post('pfbid0Anies1')} [aria-label="Remove Like"]`)).toBe(1);
    });

    it('holds a reaction from the bar over Like, and replays that reaction', async () => {
      const page = await session.openPage(FEED);
      await page.hover(like('pfbid0Anies1'));
      await page.click(reaction('pfbid0Anies1', 'Love'));
      await waitForWarning(page, 'facebook:aniesbaswedan', 'like');
      expect(await proceedAndWait(page)).toEqual([
        { action: 'like', account: 'aniesbaswedan', post: 'pfbid0Anies1', reaction: 'love', via: 'click' },
      ]);
    });

    it('holds a like on the Indonesian feed', async () => {
      const page = await session.openPage(FEED_ID);
      await page.click(like('pfbid0Anies1'));
      await expectHeldThenCancel(page, 'facebook:aniesbaswedan', 'like');
    });

    it('holds Follow and Like Page on a listed page’s header', async () => {
      const page = await session.openPage(PAGE_LISTED);
      await page.waitFor(markerFor('facebook:aniesbaswedan'));
      await page.click(headerButton('Follow'));
      await expectHeldThenCancel(page, 'facebook:aniesbaswedan', 'follow');
      await page.click(headerButton('Like Page'));
      await expectHeldThenCancel(page, 'facebook:aniesbaswedan', 'follow');
    });

    it('holds the in-feed Follow beside a listed author', async () => {
      const page = await session.openPage(FEED);
      await page.click(feedFollow('pfbid0Anies1'));
      await waitForWarning(page, 'facebook:aniesbaswedan', 'follow');
      expect(await proceedAndWait(page)).toEqual([{ action: 'follow', account: 'aniesbaswedan', via: 'click' }]);
    });

    it('holds Enter in a listed post’s comment box; proceed posts the comment once', async () => {
      const page = await session.openPage(FEED);
      await page.focus(commentBox('pfbid0Anies1'));
      await page.press('Enter');
      await expectHeldThenCancel(page, 'facebook:aniesbaswedan', 'comment');
      expect(await page.evaluate<string>(`document.querySelector('${commentBox('pfbid0Anies1')}').textContent`)).toBe(
        'Semangat terus, Pak!',
      );

      await page.focus(commentBox('pfbid0Anies1'));
      await page.press('Enter');
      await waitForWarning(page, 'facebook:aniesbaswedan', 'comment');
      expect(await proceedAndWait(page)).toEqual([
        { action: 'comment', account: 'aniesbaswedan', post: 'pfbid0Anies1', text: 'Semangat terus, Pak!', via: 'enter' },
      ]);
    });

    it('replays a held comment through the composer’s send button where it has one', async () => {
      const page = await session.openPage(FEED_ID);
      await page.focus(commentBox('pfbid0Anies1'));
      await page.press('Enter');
      await waitForWarning(page, 'facebook:aniesbaswedan', 'comment');
      expect(await proceedAndWait(page)).toEqual([
        { action: 'comment', account: 'aniesbaswedan', post: 'pfbid0Anies1', text: 'Semangat terus, Pak!', via: 'send' },
      ]);
    });

    it('holds a reply to a listed account’s comment under an unlisted post', async () => {
      const page = await session.openPage(FEED);
      await page.focus(`${post('pfbid0Kompas2')} .jn-replies [role="textbox"]`);
      await page.press('Enter');
      await expectHeldThenCancel(page, 'facebook:prabowo', 'comment');
    });

    it('holds Share on a listed post, and on an unlisted share of a listed post', async () => {
      const page = await session.openPage(FEED);
      await page.click(share('pfbid0Anies1'));
      await expectHeldThenCancel(page, 'facebook:aniesbaswedan', 'share');
      await page.click(share('pfbid0Budi3'));
      await waitForWarning(page, 'facebook:aniesbaswedan', 'share');
      expect(await proceedAndWait(page)).toEqual([
        { action: 'share-menu', account: 'aniesbaswedan', post: 'pfbid0Anies9', via: 'click' },
      ]);
      expect(await page.count('[role="menu"]')).toBe(1);
    });

    it('lets unlisted likes through untouched, a like of an unlisted share too', async () => {
      const page = await session.openPage(FEED);
      await page.click(like('pfbid0Kompas2'));
      await page.click(like('pfbid0Budi3'));
      await expectPassedThrough(page, [
        { action: 'like', account: 'kompascom', post: 'pfbid0Kompas2', reaction: 'like', via: 'click' },
        { action: 'like', account: '100012345678901', post: 'pfbid0Budi3', reaction: 'like', via: 'click' },
      ]);
    });

    it('never interrupts removing a like or a reaction from a listed post', async () => {
      const page = await session.openPage(FEED);
      await page.click(like('pfbid0Prabowo4'));
      await page.click(like('pfbid0Ganjar5'));
      await expectPassedThrough(page, [
        { action: 'unlike', account: 'prabowo', post: 'pfbid0Prabowo4', via: 'click' },
        { action: 'unlike', account: '100044123456789', post: 'pfbid0Ganjar5', via: 'click' },
      ]);
    });

    it('never interrupts unfollowing a listed numeric profile', async () => {
      const page = await session.openPage(PROFILE_NUMERIC);
      await page.waitFor(`${markerFor('facebook:100044123456789')}[data-followed="true"]`);
      await page.click(headerButton('Mengikuti'));
      await expectPassedThrough(page, [{ action: 'unfollow', account: '100044123456789', via: 'click' }]);
    });
  },
  { setup: importFacebookList },
);
