import { describe, expect, it } from 'vitest';
import { FEED, FEED_ID, importFacebookList, like, PAGE_LISTED, post, PROFILE_NUMERIC } from './facebook-replica';
import type { PageHandle } from './harness/driver';
import { describeInEachBrowser, type BrowserSession } from './harness/each-browser';
import {
  cancelWithButton,
  expectHeldThenCancel,
  expectPassedThrough,
  markerFor,
  proceedAndWait,
  replicaLog,
  waitForMatch,
  waitForWarning,
  WARNING,
  warningButton,
} from './warning-contract';
import { CAMPAIGN_MATCH, importCampaignHashtags } from './campaign-hashtag-list';
import { typeInLexical } from './lexical-composer';

/**
 * The Facebook guard end to end, on the replicas, in both browsers with the
 * built extension, and issue 17 on Facebook (campaign hashtags, new posts) in
 * the same browsers: one launch per browser serves both.
 */

const share = (id: string) => `${post(id)} [role="button"]:has(> [data-ad-rendering-role="share_button"])`;
const reaction = (id: string, label: string) => `${post(id)} [role="toolbar"] [role="button"][aria-label="${label}"]`;
const feedFollow = (id: string) => `${post(id)} h4 [role="button"]`;
const commentBox = (id: string) => `${post(id)} .jn-comments > .jn-composer [role="textbox"]`;
const headerButton = (label: string) => `.jn-profile-buttons [role="button"][aria-label="${label}"]`;

const HASHTAG_PAGE = 'https://www.facebook.com/hashtag/aminajadulu';
/** The page suarawarga.id's post, linking #AMINAjaDulu. */
const VOLUNTEER_POST = 'pfbid0Suara1';
/** A person's share (100012345678901) of relawan.desa's post, which writes #AMINAjaDulu. */
const SHARED_POST = 'pfbid0Budi12';
const PROMPT = '[role="main"] [role="button"][aria-label^="What"]';
const BOX = '[role="dialog"] [role="textbox"]';
const POST_BUTTON = '[role="dialog"] [role="button"][aria-label="Post"]';

/** Opens the Create post dialog and types as Lexical holds text (a paragraph), with the input event Facebook enables Post on. */
async function compose(page: PageHandle, text: string): Promise<void> {
  await page.click(PROMPT);
  await page.waitFor(BOX);
  await typeInLexical(page, BOX, 'auto', text, POST_BUTTON);
}

/** The guard's accounts, and the campaign hashtag the issue 17 specs rely on, each imported once per browser. */
async function importLists(session: BrowserSession): Promise<void> {
  await importFacebookList(session);
  await importCampaignHashtags(session);
}

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

    /**
     * Issue 17 on Facebook: a campaign hashtag on unlisted authors' posts (a
     * page's post linking it, a person's share of a post that writes it), and
     * a new post from the Create post dialog that mentions a listed account.
     * The hashtag comes from the list importLists adds.
     */
    describe('campaign hashtags and new posts (issue 17)', () => {
      it("holds a like of an unlisted page's post with a listed hashtag, then likes it once on proceed", async () => {
        const page = await session.openPage(HASHTAG_PAGE);
        await page.click(like(VOLUNTEER_POST));
        await waitForMatch(page, 'facebook:suarawarga.id', 'like', CAMPAIGN_MATCH);
        await cancelWithButton(page);
        expect(await replicaLog(page)).toEqual([]);

        await page.click(like(VOLUNTEER_POST));
        await waitForMatch(page, 'facebook:suarawarga.id', 'like', CAMPAIGN_MATCH);
        expect(await proceedAndWait(page)).toEqual([expect.objectContaining({ action: 'like', account: 'suarawarga.id', post: VOLUNTEER_POST })]);
      });

      it('holds a share of a share whose shared post carries the hashtag, naming the original author', async () => {
        const page = await session.openPage(HASHTAG_PAGE);
        await page.click(share(SHARED_POST));
        await waitForMatch(page, 'facebook:relawan.desa', 'share', CAMPAIGN_MATCH);
        await cancelWithButton(page);
        expect(await replicaLog(page)).toEqual([]);
      });

      it('holds a new post mentioning a listed account; cancel keeps the text, proceed publishes it once', async () => {
        const page = await session.openPage(FEED);
        const text = 'Semangat pak @aniesbaswedan, sampai jumpa di TPS';
        await compose(page, text);
        await page.click(POST_BUTTON);
        await waitForMatch(page, 'facebook:aniesbaswedan', 'post', 'mention:facebook:aniesbaswedan');
        await cancelWithButton(page);
        expect(await replicaLog(page)).toEqual([]);
        expect(await page.evaluate<string>(`document.querySelector(${JSON.stringify(BOX)}).textContent`)).toBe(text);

        await page.click(POST_BUTTON);
        await waitForMatch(page, 'facebook:aniesbaswedan', 'post', 'mention:facebook:aniesbaswedan');
        expect(await proceedAndWait(page)).toEqual([{ action: 'post', text, via: 'click' }]);
        expect(await page.count('[role="dialog"]')).toBe(0);
      });
    });
  },
  { setup: importLists },
);
