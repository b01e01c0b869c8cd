import { expect, it } from 'vitest';
import { describeInEachBrowser } from './harness/each-browser';
import type { PageHandle } from './harness/driver';
import { cancelWithButton, importList, proceedAndWait, replicaLog, waitForMatch } from './warning-contract';
import { FEED, like, post } from './facebook-replica';

/**
 * Issue 17 on Facebook, in both browsers with the built extension: a
 * campaign hashtag on unlisted authors' posts (a page's post linking it, a
 * person's share of a post that writes it), and a new post from the Create
 * post dialog that mentions a listed account. The hashtag comes from a list
 * imported here.
 */

const HASHTAG_PAGE = 'https://www.facebook.com/hashtag/aminajadulu';
/** The page suarawarga.id's post, linking #AMINAjaDulu. */
const VOLUNTEER_POST = 'pfbid0Suara1';
/** A person's share (100012345678901) of relawan.desa's post, which writes #AMINAjaDulu. */
const SHARED_POST = 'pfbid0Budi12';
const MATCH = 'hashtag:#aminajadulu';
const SHARE = '[role="button"]:has(> [data-ad-rendering-role="share_button"])';
const PROMPT = '[role="main"] [role="button"][aria-label^="What"]';
const BOX = '[role="dialog"] [role="textbox"]';
const POST_BUTTON = '[role="dialog"] [role="button"][aria-label="Post"]';

const HASHTAG_LIST = JSON.stringify({
  format: 'jaga-netral/list@1',
  id: 'e2e-facebook-hashtags',
  title: 'E2E: campaign hashtags on Facebook',
  updated: '2024-01-10',
  entries: [{ name: 'Anies Rasyid Baswedan (E2E)', accounts: [{ platform: 'facebook', id: 'aniesbaswedan' }], hashtags: ['#AMINAjaDulu'] }],
});

/** Opens the Create post dialog and types as Lexical holds text (a paragraph), with the input event Facebook enables Post on. */
async function compose(page: PageHandle, text: string): Promise<void> {
  await page.click(PROMPT);
  await page.waitFor(BOX);
  await page.evaluate(`(() => {
    const box = document.querySelector(${JSON.stringify(BOX)});
    box.innerHTML = '<p dir="auto"><span data-lexical-text="true"></span></p>';
    box.querySelector('span').textContent = ${JSON.stringify(text)};
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
  })()`);
  await page.waitUntil(`document.querySelector(${JSON.stringify(POST_BUTTON)}).getAttribute('aria-disabled') === 'false'`);
}

describeInEachBrowser(
  'Facebook campaign hashtags and new posts',
  ({ openPage }) => {
    it("holds a like of an unlisted page's post with a listed hashtag, then likes it once on proceed", async () => {
      const page = await openPage(HASHTAG_PAGE);
      await page.click(like(VOLUNTEER_POST));
      await waitForMatch(page, 'facebook:suarawarga.id', 'like', MATCH);
      await cancelWithButton(page);
      expect(await replicaLog(page)).toEqual([]);

      await page.click(like(VOLUNTEER_POST));
      await waitForMatch(page, 'facebook:suarawarga.id', 'like', MATCH);
      expect(await proceedAndWait(page)).toEqual([expect.objectContaining({ action: 'like', account: 'suarawarga.id', post: VOLUNTEER_POST })]);
    });

    it('holds a share of a share whose shared post carries the hashtag, naming the original author', async () => {
      const page = await openPage(HASHTAG_PAGE);
      await page.click(`${post(SHARED_POST)} ${SHARE}`);
      await waitForMatch(page, 'facebook:relawan.desa', 'share', MATCH);
      await cancelWithButton(page);
      expect(await replicaLog(page)).toEqual([]);
    });

    it('holds a new post mentioning a listed account; cancel keeps the text, proceed publishes it once', async () => {
      const page = await openPage(FEED);
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
  },
  { setup: ({ openExtensionPage }) => importList(() => openExtensionPage('options.html'), 'facebook-hashtags.json', HASHTAG_LIST) },
);
