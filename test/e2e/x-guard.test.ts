import { describe, expect, it } from 'vitest';
import { firstMatch, type PageHandle } from './harness/driver';
import { describeInEachBrowser } from './harness/each-browser';
import {
  cancelWithButton,
  cancelWithEscape,
  expectHeldThenCancel,
  expectPassedThrough,
  historyRow,
  importList,
  proceedAndWait,
  replicaLog,
  replicaLogged,
  waitForHistoryRow,
  waitForMatch,
  waitForWarning,
  WARNING,
} from './warning-contract';
import { CAMPAIGN_MATCH, importCampaignHashtags } from './campaign-hashtag-list';
import {
  COMPOSER_TEXT,
  HOME,
  HOME_ID,
  INLINE_REPLY,
  KOMPAS_LIKE,
  LISTED_STATUS,
  LISTED_TWEET,
  PROFILE_FOLLOW,
  shareButton,
  tweetArticle,
  tweetButton,
  userCellButton,
} from './x-replica';

/**
 * The X guard end to end, on the replicas, in both browsers with the built
 * extension, and issue 17 on X (campaign hashtags, new posts) in the same
 * browsers: one launch per browser serves both.
 */

const LIKED_LISTED_TWEET = '1790000000000000006';

const GOOD_LIST = JSON.stringify({
  format: 'jaga-netral/list@1',
  id: 'e2e-kompas',
  title: 'E2E: Kompas',
  updated: '2024-01-10',
  entries: [{ name: 'Kompas (E2E)', accounts: [{ platform: 'x', id: 'https://x.com/KompasCom' }] }],
});

/** One good entry and two broken ones: the import must refuse the whole file. */
const BAD_LIST = JSON.stringify({
  format: 'jaga-netral/list@1',
  id: 'e2e-broken',
  title: 'E2E: broken',
  updated: '2024-01-10',
  entries: [
    { name: 'Kompas (E2E)', accounts: [{ platform: 'x', id: 'https://x.com/KompasCom' }] },
    { name: 'No accounts', accounts: [] },
    { accounts: [{ platform: 'myspace', id: 'nobody' }] },
  ],
});

const HASHTAG_PAGE = 'https://x.com/hashtag/aminajadulu';
/** @suarawarga_id's post on the hashtag page: "… #AMINAjaDulu", its author on no list. */
const VOLUNTEER_TWEET = '1790000000000000011';
/** @kabarkampung's quote of @relawan_desa's post, which writes #AMINAjaDulu; neither is listed. */
const QUOTING_TWEET = '1790000000000000012';
/** The composer's Post button at the top of the hashtag page. */
const POST_BUTTON = '[data-testid="tweetButtonInline"]';

/** Types into X's composer as its editor does: text in the box, then an input event the page enables Post on. */
async function compose(page: PageHandle, text: string): Promise<void> {
  await page.evaluate(`(() => {
    const box = document.querySelector(${JSON.stringify(COMPOSER_TEXT)});
    box.querySelector('span').textContent = ${JSON.stringify(text)};
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
  })()`);
  await page.waitUntil(`!document.querySelector(${JSON.stringify(POST_BUTTON)}).disabled`);
}

describeInEachBrowser('X guard', ({ openPage, openExtensionPage }) => {
  it('holds a like on a listed author, cancels it, then replays it once on proceed', async () => {
    const page = await openPage(HOME);
    const like = tweetButton(LISTED_TWEET, 'like');

    await page.click(like);
    await waitForWarning(page, 'x:aniesbaswedan', 'like');
    await cancelWithButton(page);
    expect(await replicaLog(page)).toEqual([]);
    expect(await page.count(like)).toBe(1);

    await page.click(like);
    await waitForWarning(page, 'x:aniesbaswedan', 'like');
    const log = await proceedAndWait(page);
    expect(log).toEqual([expect.objectContaining({ action: 'like', account: 'aniesbaswedan', tweet: LISTED_TWEET })]);
    expect(await page.count(tweetButton(LISTED_TWEET, 'unlike'))).toBe(1);

    const history = await openExtensionPage('history.html');
    await waitForHistoryRow(history, historyRow('x:aniesbaswedan', 'like', 'proceeded'));
    expect(await history.count(historyRow('x:aniesbaswedan', 'like', 'cancelled'))).toBeGreaterThanOrEqual(1);
  });

  it('holds the same like on twitter.com', async () => {
    const page = await openPage('https://twitter.com/home');
    await page.click(tweetButton(LISTED_TWEET, 'like'));
    await expectHeldThenCancel(page, 'x:aniesbaswedan', 'like');
  });

  it('shows the warning next to the pressed button, wholly on screen', async () => {
    const page = await openPage(HOME);
    const like = tweetButton(LISTED_TWEET, 'like');
    await page.click(like);
    await waitForWarning(page, 'x:aniesbaswedan', 'like');
    const boxes = await page.evaluate<{ button: DOMRect; dialog: DOMRect; viewport: { w: number; h: number } }>(
      `({ button: ${firstMatch(like)}.getBoundingClientRect().toJSON(),
          dialog: ${firstMatch(WARNING)}.getBoundingClientRect().toJSON(),
          viewport: { w: innerWidth, h: innerHeight } })`,
    );
    const { button, dialog, viewport } = boxes;
    expect(dialog.top).toBeGreaterThanOrEqual(0);
    expect(dialog.bottom).toBeLessThanOrEqual(viewport.h);
    expect(dialog.right).toBeLessThanOrEqual(viewport.w);
    const gap = Math.min(Math.abs(dialog.top - button.bottom), Math.abs(button.top - dialog.bottom));
    expect(gap).toBeLessThan(24);
    await cancelWithEscape(page);
  });

  it('cancels on Escape', async () => {
    const page = await openPage(HOME);
    await page.click(tweetButton(LISTED_TWEET, 'like'));
    await expectHeldThenCancel(page, 'x:aniesbaswedan', 'like');
  });

  it('holds a like on the Indonesian feed', async () => {
    const page = await openPage(HOME_ID);
    await page.click(tweetButton(LISTED_TWEET, 'like'));
    await expectHeldThenCancel(page, 'x:aniesbaswedan', 'like');
  });

  it("holds X's `l` shortcut on a focused listed post", async () => {
    const page = await openPage(HOME);
    await page.focus(tweetArticle(LISTED_TWEET));
    await page.press('l');
    await expectHeldThenCancel(page, 'x:aniesbaswedan', 'like');
  });

  it("holds a follow on a listed account's profile page", async () => {
    const page = await openPage('https://x.com/aniesbaswedan');
    await page.click(PROFILE_FOLLOW);
    await expectHeldThenCancel(page, 'x:aniesbaswedan', 'follow');
  });

  it('holds a follow from "Who to follow" in the feed', async () => {
    const page = await openPage(HOME);
    await page.click(userCellButton('prabowo', 'follow'));
    await expectHeldThenCancel(page, 'x:prabowo', 'follow');
  });

  it('holds a follow from a hover card', async () => {
    const page = await openPage(HOME);
    await page.hover('article[data-testid="tweet"] [data-testid="User-Name"] a[href="/ganjarpranowo" i]');
    await page.click('[data-testid="HoverCard"] [data-testid$="-follow"]');
    await expectHeldThenCancel(page, 'x:ganjarpranowo', 'follow');
  });

  it('lets unlisted accounts and undo actions through untouched', async () => {
    const page = await openPage(HOME);
    await page.click(KOMPAS_LIKE);
    await page.click(userCellButton('detikcom', 'follow'));
    await page.click(tweetButton(LIKED_LISTED_TWEET, 'unlike'));
    const log = await replicaLogged(page, 3);
    expect(log).toEqual([
      expect.objectContaining({ action: 'like', account: 'kompascom' }),
      expect.objectContaining({ action: 'follow', account: 'detikcom' }),
      expect.objectContaining({ action: 'unlike', account: 'aniesbaswedan', tweet: LIKED_LISTED_TWEET }),
    ]);
    expect(await page.count(WARNING)).toBe(0);
  });

  it("never interrupts unfollowing a listed account", async () => {
    const page = await openPage('https://x.com/prabowo');
    await page.click('[data-testid$="-unfollow"]:not([data-testid="UserCell"] *):not([data-testid="HoverCard"] *)');
    await expectPassedThrough(page, [expect.objectContaining({ action: 'unfollow', account: 'prabowo' })]);
  });

  it('holds a reply under a listed post, cancels it, then sends it once on proceed', async () => {
    const page = await openPage(LISTED_STATUS);
    await page.click(INLINE_REPLY);
    await expectHeldThenCancel(page, 'x:aniesbaswedan', 'comment');
    await page.click(INLINE_REPLY);
    await waitForWarning(page, 'x:aniesbaswedan', 'comment');
    expect(await proceedAndWait(page)).toEqual([
      { action: 'reply', account: 'aniesbaswedan', tweet: LISTED_TWEET, via: 'click' },
    ]);
  });

  it('holds a reply sent with Ctrl+Enter from the composer', async () => {
    const page = await openPage(LISTED_STATUS);
    await page.focus(COMPOSER_TEXT);
    await page.press('Control+Enter');
    await expectHeldThenCancel(page, 'x:aniesbaswedan', 'comment');
  });

  it('holds a repost before its menu opens; proceed opens the menu once', async () => {
    const page = await openPage(HOME);
    await page.click(tweetButton(LISTED_TWEET, 'retweet'));
    await waitForWarning(page, 'x:aniesbaswedan', 'share');
    expect(await page.count('#layers [role="menu"]')).toBe(0);
    expect(await proceedAndWait(page)).toEqual([
      { action: 'repost-menu', account: 'aniesbaswedan', tweet: LISTED_TWEET, via: 'click' },
    ]);
    expect(await page.count('#layers [role="menu"] [data-testid="retweetConfirm"]')).toBe(1);
  });

  it("holds X's `t` shortcut on a focused listed post", async () => {
    const page = await openPage(HOME);
    await page.focus(tweetArticle(LISTED_TWEET));
    await page.press('t');
    await expectHeldThenCancel(page, 'x:aniesbaswedan', 'share');
  });

  it('holds the share button of a listed post', async () => {
    const page = await openPage(HOME);
    await page.click(shareButton(LISTED_TWEET));
    await expectHeldThenCancel(page, 'x:aniesbaswedan', 'share');
  });

  it('never interrupts undoing a repost of a listed post', async () => {
    const page = await openPage(HOME);
    await page.click(tweetButton(LIKED_LISTED_TWEET, 'unretweet'));
    await expectPassedThrough(page, [expect.objectContaining({ action: 'unrepost-menu', account: 'aniesbaswedan' })]);
  });

  it('keeps guarding across X’s in-page navigation, forward and back', async () => {
    const page = await openPage(HOME);
    await page.evaluate('(window.__sameDocument = true)');
    await page.click(`${tweetArticle(LISTED_TWEET)} [data-testid="User-Name"] a[href="/AniesBaswedan"]`);
    await page.waitFor('[data-testid="UserName"]');
    expect(await page.evaluate('[location.pathname, document.title, window.__sameDocument]')).toEqual([
      '/AniesBaswedan',
      'Anies Baswedan (@aniesbaswedan) / X',
      true,
    ]);
    await page.click(PROFILE_FOLLOW);
    await expectHeldThenCancel(page, 'x:aniesbaswedan', 'follow');

    await page.evaluate('(history.back(), true)');
    await page.waitFor(tweetButton(LISTED_TWEET, 'like'));
    expect(await page.evaluate('[location.pathname, window.__sameDocument]')).toEqual(['/home', true]);
    await page.click(tweetButton(LISTED_TWEET, 'like'));
    await expectHeldThenCancel(page, 'x:aniesbaswedan', 'like');
  });

  it('refuses a broken list file whole, naming each problem', async () => {
    const options = await openExtensionPage('options.html');
    await options.setFile('input[type="file"][name="list-import"]', 'broken.json', BAD_LIST);
    await options.waitFor('[data-import-error]');
    expect(await options.count('[data-import-error]')).toBeGreaterThanOrEqual(2);
    expect(await options.count('[data-import-status="ok"]')).toBe(0);

    const page = await openPage(HOME);
    await page.click(KOMPAS_LIKE);
    await expectPassedThrough(page, [expect.objectContaining({ action: 'like', account: 'kompascom' })]);
  });

  it('warns on a newly imported account in a tab that was already open', async () => {
    const page = await openPage(HOME);
    await importList(() => openExtensionPage('options.html'), 'kompas.json', GOOD_LIST);

    await page.click(KOMPAS_LIKE);
    await expectHeldThenCancel(page, 'x:kompascom', 'like');
  });

  describe('campaign hashtags and new posts (issue 17)', () => {
    it("holds a like of an unlisted author's post with a listed hashtag, naming the author and the tag", async () => {
      const page = await openPage(HASHTAG_PAGE);
      const like = tweetButton(VOLUNTEER_TWEET, 'like');
      await page.click(like);
      await waitForMatch(page, 'x:suarawarga_id', 'like', CAMPAIGN_MATCH);
      expect(await page.attribute(WARNING, 'data-clause')).toBe('skb-2022-lampiran-ii-kampanye-media-sosial');
      await cancelWithButton(page);
      expect(await replicaLog(page)).toEqual([]);

      await page.click(like);
      await waitForMatch(page, 'x:suarawarga_id', 'like', CAMPAIGN_MATCH);
      expect(await proceedAndWait(page)).toEqual([expect.objectContaining({ action: 'like', account: 'suarawarga_id', tweet: VOLUNTEER_TWEET })]);

      const history = await openExtensionPage('history.html');
      await waitForHistoryRow(history, historyRow('x:suarawarga_id', 'like', 'proceeded'));
    });

    it('holds the repost and share menus of a post whose quoted post carries the hashtag', async () => {
      const page = await openPage(HASHTAG_PAGE);
      await page.click(tweetButton(VOLUNTEER_TWEET, 'retweet'));
      await waitForMatch(page, 'x:suarawarga_id', 'share', CAMPAIGN_MATCH);
      await cancelWithButton(page);
      await page.click(shareButton(QUOTING_TWEET));
      await waitForMatch(page, 'x:kabarkampung', 'share', CAMPAIGN_MATCH);
      await cancelWithButton(page);
      expect(await replicaLog(page)).toEqual([]);
    });

    it('holds a new post mentioning a listed account; cancel keeps the text, proceed posts it once', async () => {
      const page = await openPage(HASHTAG_PAGE);
      const text = 'Semangat pak @AniesBaswedan, sampai jumpa di TPS';
      await compose(page, text);
      await page.click(POST_BUTTON);
      await waitForMatch(page, 'x:aniesbaswedan', 'post', 'mention:x:aniesbaswedan');
      await cancelWithButton(page);
      expect(await replicaLog(page)).toEqual([]);
      expect(await page.evaluate<string>(`document.querySelector(${JSON.stringify(COMPOSER_TEXT)}).textContent`)).toBe(text);

      await page.click(POST_BUTTON);
      await waitForMatch(page, 'x:aniesbaswedan', 'post', 'mention:x:aniesbaswedan');
      expect(await proceedAndWait(page)).toEqual([expect.objectContaining({ action: 'post', text })]);
      expect((await replicaLog(page)).length).toBe(1);
    });

    it('holds a new post that only uses a listed hashtag, naming no account', async () => {
      const page = await openPage(HASHTAG_PAGE);
      await compose(page, 'Kami siap! ＃ＡＭＩＮａｊａＤｕｌｕ');
      await page.click(POST_BUTTON);
      await waitForMatch(page, '', 'post', CAMPAIGN_MATCH);
      await cancelWithButton(page);
      expect(await replicaLog(page)).toEqual([]);
    });

    it('lets a post with neither through untouched', async () => {
      const page = await openPage(HASHTAG_PAGE);
      await compose(page, 'Selamat pagi #AMINAjaDuluBanget https://berita.id/pemilu#AMINAjaDulu');
      await page.click(POST_BUTTON);
      await page.waitUntil('window.__replicaLog.length === 1');
      expect(await page.count(WARNING)).toBe(0);
    });
  });
}, { setup: importCampaignHashtags });
