import { describe, expect, it } from 'vitest';
import type { PageHandle } from './harness/driver';
import { describeInEachBrowser, type BrowserSession } from './harness/each-browser';
import {
  ANIES_LIKED_POST,
  ANIES_POST,
  FEED,
  FEED_COM,
  FEED_ID,
  KOMPAS_POST,
  POST_REPLY,
  POST_REPLY_UNFRAMED,
  PRABOWO_REPOST,
  PROFILE_ANIES,
  PROFILE_FOLLOW,
  PROFILE_FOLLOWING,
  PROFILE_PRABOWO_FOLLOWED,
  REPLY_POST_BUTTON,
  importThreadsList,
  post,
  postControl,
} from './threads-replica';
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
  type Intent,
} from './warning-contract';
import { CAMPAIGN_MATCH, importCampaignHashtags } from './campaign-hashtag-list';
import { typeInLexical } from './lexical-composer';

/**
 * The Threads guard end to end, on the replicas, in both browsers with the
 * built extension, and issue 17 on Threads (campaign tags, new threads) in
 * the same browsers: one launch per browser serves both.
 */

/** Holds, cancels, then proceeds: the site sees the action exactly once. */
async function expectHeldThenProceedOnce(page: PageHandle, control: string, account: string, intent: Intent) {
  await page.click(control);
  await waitForWarning(page, account, intent);
  await cancelWithButton(page);
  expect(await replicaLog(page)).toEqual([]);

  await page.click(control);
  await waitForWarning(page, account, intent);
  const actions = await proceedAndWait(page);
  expect(actions).toHaveLength(1);
  return actions[0];
}

const TAG_PAGE = 'https://www.threads.net/search?q=AMINAjaDulu&serp_type=tags';
/** @suarawarga.id's post, linking the tag AMINAjaDulu (shown without #). */
const VOLUNTEER_POST = 'C11tagPost';
/** @kabarkampung's quote of @relawan.desa's post, which writes #AMINAjaDulu. */
const QUOTE_POST = 'C12quotePost';
const CREATE = '[role="navigation"] [role="button"]:has(svg[aria-label="Create"])';
const EDITOR = '[role="dialog"] [contenteditable="true"]';
const POST_BUTTON = '[role="dialog"] [role="button"].barcelona-post-button';

/** Opens the New thread dialog and types as Lexical holds text (a paragraph), with the input event Threads enables Post on. */
async function compose(page: PageHandle, text: string): Promise<void> {
  await page.click(CREATE);
  await page.waitFor(EDITOR);
  await typeInLexical(page, EDITOR, 'ltr', text, POST_BUTTON);
}

/** The guard's accounts, and the campaign tag the issue 17 specs rely on, each imported once per browser. */
async function importLists(session: BrowserSession): Promise<void> {
  await importThreadsList(session);
  await importCampaignHashtags(session);
}

describeInEachBrowser('Threads guard', ({ openPage }) => {
  it('holds a like on a listed author, cancels it, then replays it once on proceed', async () => {
    const page = await openPage(FEED);
    const action = await expectHeldThenProceedOnce(page, postControl(ANIES_POST, 'Like'), 'threads:aniesbaswedan', 'like');
    expect(action).toEqual({ action: 'like', account: 'aniesbaswedan', post: ANIES_POST, via: 'click' });
    expect(await page.count(postControl(ANIES_POST, 'Unlike'))).toBe(1);
  });

  it('holds a like on the Indonesian feed and on threads.com', async () => {
    const id = await openPage(FEED_ID);
    await id.click(postControl(ANIES_POST, 'Suka'));
    await expectHeldThenCancel(id, 'threads:aniesbaswedan', 'like');
    const com = await openPage(FEED_COM);
    await com.click(postControl(PRABOWO_REPOST, 'Like'));
    await expectHeldThenCancel(com, 'threads:prabowo', 'like');
  });

  it("holds a follow on a listed account's profile page", async () => {
    const page = await openPage(PROFILE_ANIES);
    await page.click(PROFILE_FOLLOW);
    await expectHeldThenCancel(page, 'threads:aniesbaswedan', 'follow');
  });

  it('holds the "+" follow on a listed author’s avatar in the feed', async () => {
    const page = await openPage(FEED);
    await page.click(postControl(PRABOWO_REPOST, 'Follow'));
    await expectHeldThenCancel(page, 'threads:prabowo', 'follow');
  });

  it('holds a reply to a listed post, then posts it once on proceed', async () => {
    const page = await openPage(POST_REPLY);
    const action = await expectHeldThenProceedOnce(page, REPLY_POST_BUTTON, 'threads:aniesbaswedan', 'comment');
    expect(action).toEqual({ action: 'reply', account: 'aniesbaswedan', post: ANIES_POST, via: 'click' });
  });

  it('holds a reply whose dialog shows the post without a post container, then posts it once on proceed', async () => {
    const page = await openPage(POST_REPLY_UNFRAMED);
    const action = await expectHeldThenProceedOnce(page, REPLY_POST_BUTTON, 'threads:aniesbaswedan', 'comment');
    expect(action).toEqual({ action: 'reply', account: 'aniesbaswedan', post: ANIES_POST, via: 'click' });
  });

  it('holds a repost of a listed author’s post (the reposted original), then opens the menu once on proceed', async () => {
    const page = await openPage(FEED);
    const action = await expectHeldThenProceedOnce(page, postControl(PRABOWO_REPOST, 'Repost'), 'threads:prabowo', 'share');
    expect(action).toEqual({ action: 'repost-menu', account: 'prabowo', post: PRABOWO_REPOST, via: 'click' });
    expect(await page.count('[role="menu"]')).toBe(1);
  });

  it('keeps guarding across Threads’ in-page navigation, to a profile and back', async () => {
    const page = await openPage(FEED);
    await page.evaluate('(window.__sameDocument = true)');
    await page.click(`${post(ANIES_POST)} a[href="/@aniesbaswedan"]`);
    await page.waitFor(PROFILE_FOLLOW);
    await page.waitFor(markerFor('threads:aniesbaswedan'));
    expect(await page.evaluate('[location.pathname, window.__sameDocument]')).toEqual(['/@aniesbaswedan', true]);
    await page.click(PROFILE_FOLLOW);
    await expectHeldThenCancel(page, 'threads:aniesbaswedan', 'follow');

    await page.evaluate('(history.back(), true)');
    await page.click(postControl(ANIES_POST, 'Like'));
    await expectHeldThenCancel(page, 'threads:aniesbaswedan', 'like');
    expect(await page.evaluate('[location.pathname, window.__sameDocument]')).toEqual(['/', true]);
  });

  it('lets unlisted accounts and undo actions through untouched', async () => {
    const page = await openPage(FEED);
    await page.click(postControl(KOMPAS_POST, 'Like'));
    await page.click(postControl(ANIES_LIKED_POST, 'Unlike'));
    await page.click(postControl(ANIES_LIKED_POST, 'Unrepost'));
    expect(await replicaLogged(page, 3)).toEqual([
      { action: 'like', account: 'kompascom', post: KOMPAS_POST, via: 'click' },
      { action: 'unlike', account: 'aniesbaswedan', post: ANIES_LIKED_POST, via: 'click' },
      { action: 'unrepost', account: 'aniesbaswedan', post: ANIES_LIKED_POST, via: 'click' },
    ]);
    const profile = await openPage(PROFILE_PRABOWO_FOLLOWED);
    await profile.click(PROFILE_FOLLOWING);
    expect(await replicaLogged(profile, 1)).toEqual([{ action: 'unfollow', account: 'prabowo', via: 'click' }]);
    expect(await page.count(WARNING)).toBe(0);
    expect(await profile.count(WARNING)).toBe(0);
  });

  /**
   * Issue 17 on Threads: a campaign tag on unlisted authors' posts (one as
   * Threads links a tag, by its name; one written with # in a quoted post),
   * and a new thread that mentions a listed account. The tag comes from the
   * list importLists adds.
   */
  describe('campaign tags and new threads (issue 17)', () => {
    it("holds a like of an unlisted author's post under a listed tag, then likes it once on proceed", async () => {
      const page = await openPage(TAG_PAGE);
      const like = postControl(VOLUNTEER_POST, 'Like');
      await page.click(like);
      await waitForMatch(page, 'threads:suarawarga.id', 'like', CAMPAIGN_MATCH);
      await cancelWithButton(page);
      expect(await replicaLog(page)).toEqual([]);

      await page.click(like);
      await waitForMatch(page, 'threads:suarawarga.id', 'like', CAMPAIGN_MATCH);
      expect(await proceedAndWait(page)).toEqual([expect.objectContaining({ action: 'like', account: 'suarawarga.id', post: VOLUNTEER_POST })]);
    });

    it('holds a repost of a post whose quoted post carries the tag', async () => {
      const page = await openPage(TAG_PAGE);
      await page.click(postControl(QUOTE_POST, 'Repost'));
      await waitForMatch(page, 'threads:kabarkampung', 'share', CAMPAIGN_MATCH);
      await cancelWithButton(page);
      expect(await replicaLog(page)).toEqual([]);
    });

    it('holds a new thread mentioning a listed account; cancel keeps the text, proceed publishes it once', async () => {
      const page = await openPage(TAG_PAGE);
      const text = 'Semangat pak @aniesbaswedan, sampai jumpa di TPS';
      await compose(page, text);
      await page.click(POST_BUTTON);
      await waitForMatch(page, 'threads:aniesbaswedan', 'post', 'mention:threads:aniesbaswedan');
      await cancelWithButton(page);
      expect(await replicaLog(page)).toEqual([]);
      expect(await page.evaluate<string>(`document.querySelector(${JSON.stringify(EDITOR)}).textContent`)).toBe(text);

      await page.click(POST_BUTTON);
      await waitForMatch(page, 'threads:aniesbaswedan', 'post', 'mention:threads:aniesbaswedan');
      expect(await proceedAndWait(page)).toEqual([{ action: 'post', text, via: 'click' }]);
      expect(await page.count('[role="dialog"]')).toBe(0);
    });
  });
}, { setup: importLists });
