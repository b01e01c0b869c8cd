import { expect, it } from 'vitest';
import { describeInEachBrowser } from './harness/each-browser';
import type { PageHandle } from './harness/driver';
import {
  WARNING,
  cancelWithButton,
  historyRow,
  importList,
  proceedAndWait,
  replicaLog,
  waitForHistoryRow,
  waitForMatch,
} from './warning-contract';
import { COMPOSER_TEXT, shareButton, tweetButton } from './x-replica';

/**
 * Issue 17 on X, in both browsers with the built extension: a campaign
 * hashtag on an unlisted author's post, and a new post that mentions a
 * listed account. The hashtag comes from a list imported here, so the spec
 * does not depend on what the shipped lists carry.
 */

const HASHTAG_PAGE = 'https://x.com/hashtag/aminajadulu';
/** @suarawarga_id's post on the hashtag page: "… #AMINAjaDulu", its author on no list. */
const VOLUNTEER_TWEET = '1790000000000000011';
/** @kabarkampung's quote of @relawan_desa's post, which writes #AMINAjaDulu; neither is listed. */
const QUOTING_TWEET = '1790000000000000012';
/** The composer's Post button at the top of the hashtag page. */
const POST_BUTTON = '[data-testid="tweetButtonInline"]';

const HASHTAG_LIST = JSON.stringify({
  format: 'jaga-netral/list@1',
  id: 'e2e-hashtags',
  title: 'E2E: campaign hashtags',
  updated: '2024-01-10',
  entries: [
    {
      name: 'Anies Rasyid Baswedan (E2E)',
      accounts: [{ platform: 'x', id: 'aniesbaswedan' }],
      hashtags: ['#AMINAjaDulu'],
    },
  ],
});

/** Types into X's composer as its editor does: text in the box, then an input event the page enables Post on. */
async function compose(page: PageHandle, text: string): Promise<void> {
  await page.evaluate(`(() => {
    const box = document.querySelector(${JSON.stringify(COMPOSER_TEXT)});
    box.querySelector('span').textContent = ${JSON.stringify(text)};
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
  })()`);
  await page.waitUntil(`!document.querySelector(${JSON.stringify(POST_BUTTON)}).disabled`);
}

describeInEachBrowser(
  'X campaign hashtags and new posts',
  ({ openPage, openExtensionPage }) => {
    it("holds a like of an unlisted author's post with a listed hashtag, naming the author and the tag", async () => {
      const page = await openPage(HASHTAG_PAGE);
      const like = tweetButton(VOLUNTEER_TWEET, 'like');
      await page.click(like);
      await waitForMatch(page, 'x:suarawarga_id', 'like', 'hashtag:#aminajadulu');
      expect(await page.attribute(WARNING, 'data-clause')).toBe('skb-2022-lampiran-ii-kampanye-media-sosial');
      await cancelWithButton(page);
      expect(await replicaLog(page)).toEqual([]);

      await page.click(like);
      await waitForMatch(page, 'x:suarawarga_id', 'like', 'hashtag:#aminajadulu');
      expect(await proceedAndWait(page)).toEqual([expect.objectContaining({ action: 'like', account: 'suarawarga_id', tweet: VOLUNTEER_TWEET })]);

      const history = await openExtensionPage('history.html');
      await waitForHistoryRow(history, historyRow('x:suarawarga_id', 'like', 'proceeded'));
    });

    it('holds the repost and share menus of a post whose quoted post carries the hashtag', async () => {
      const page = await openPage(HASHTAG_PAGE);
      await page.click(tweetButton(VOLUNTEER_TWEET, 'retweet'));
      await waitForMatch(page, 'x:suarawarga_id', 'share', 'hashtag:#aminajadulu');
      await cancelWithButton(page);
      await page.click(shareButton(QUOTING_TWEET));
      await waitForMatch(page, 'x:kabarkampung', 'share', 'hashtag:#aminajadulu');
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
      await waitForMatch(page, '', 'post', 'hashtag:#aminajadulu');
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
  },
  { setup: ({ openExtensionPage }) => importList(() => openExtensionPage('options.html'), 'hashtags.json', HASHTAG_LIST) },
);
