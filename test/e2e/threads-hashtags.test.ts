import { expect, it } from 'vitest';
import { describeInEachBrowser } from './harness/each-browser';
import type { PageHandle } from './harness/driver';
import { cancelWithButton, importList, proceedAndWait, replicaLog, waitForMatch } from './warning-contract';
import { postControl } from './threads-replica';

/**
 * Issue 17 on Threads, in both browsers with the built extension: a campaign
 * tag on unlisted authors' posts (one as Threads links a tag, by its name;
 * one written with # in a quoted post), and a new thread that mentions a
 * listed account. The tag comes from a list imported here.
 */

const TAG_PAGE = 'https://www.threads.net/search?q=AMINAjaDulu&serp_type=tags';
/** @suarawarga.id's post, linking the tag AMINAjaDulu (shown without #). */
const VOLUNTEER_POST = 'C11tagPost';
/** @kabarkampung's quote of @relawan.desa's post, which writes #AMINAjaDulu. */
const QUOTE_POST = 'C12quotePost';
const MATCH = 'hashtag:#aminajadulu';
const CREATE = '[role="navigation"] [role="button"]:has(svg[aria-label="Create"])';
const EDITOR = '[role="dialog"] [contenteditable="true"]';
const POST_BUTTON = '[role="dialog"] [role="button"].barcelona-post-button';

const HASHTAG_LIST = JSON.stringify({
  format: 'jaga-netral/list@1',
  id: 'e2e-threads-hashtags',
  title: 'E2E: campaign hashtags on Threads',
  updated: '2024-01-10',
  entries: [{ name: 'Anies Rasyid Baswedan (E2E)', accounts: [{ platform: 'threads', id: 'aniesbaswedan' }], hashtags: ['#AMINAjaDulu'] }],
});

/** Opens the New thread dialog and types as Lexical holds text (a paragraph), with the input event Threads enables Post on. */
async function compose(page: PageHandle, text: string): Promise<void> {
  await page.click(CREATE);
  await page.waitFor(EDITOR);
  await page.evaluate(`(() => {
    const editor = document.querySelector(${JSON.stringify(EDITOR)});
    editor.innerHTML = '<p dir="ltr"><span data-lexical-text="true"></span></p>';
    editor.querySelector('span').textContent = ${JSON.stringify(text)};
    editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
  })()`);
  await page.waitUntil(`document.querySelector(${JSON.stringify(POST_BUTTON)}).getAttribute('aria-disabled') === 'false'`);
}

describeInEachBrowser(
  'Threads campaign tags and new threads',
  ({ openPage }) => {
    it("holds a like of an unlisted author's post under a listed tag, then likes it once on proceed", async () => {
      const page = await openPage(TAG_PAGE);
      const like = postControl(VOLUNTEER_POST, 'Like');
      await page.click(like);
      await waitForMatch(page, 'threads:suarawarga.id', 'like', MATCH);
      await cancelWithButton(page);
      expect(await replicaLog(page)).toEqual([]);

      await page.click(like);
      await waitForMatch(page, 'threads:suarawarga.id', 'like', MATCH);
      expect(await proceedAndWait(page)).toEqual([expect.objectContaining({ action: 'like', account: 'suarawarga.id', post: VOLUNTEER_POST })]);
    });

    it('holds a repost of a post whose quoted post carries the tag', async () => {
      const page = await openPage(TAG_PAGE);
      await page.click(postControl(QUOTE_POST, 'Repost'));
      await waitForMatch(page, 'threads:kabarkampung', 'share', MATCH);
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
  },
  { setup: ({ openExtensionPage }) => importList(() => openExtensionPage('options.html'), 'threads-hashtags.json', HASHTAG_LIST) },
);
