import { expect, it } from 'vitest';
import { describeInEachBrowser } from './harness/each-browser';
import type { PageHandle } from './harness/driver';
import { CAMPAIGN_MATCH, importCampaignHashtags } from './campaign-hashtag-list';
import { button, FORYOU, FORYOU_ID, item, VIDEO_PAGE } from './tiktok-replica';
import { cancelWithButton, proceedAndWait, replicaLog, waitForMatch, WARNING } from './warning-contract';

/**
 * Issue 17 on TikTok, in both browsers with the built extension: a
 * volunteer's video (@relawan.amin, on no list) under the campaign hashtag
 * #AMINAjaDulu in the For You feed, and a reply mentioning a listed account,
 * typed under @kompascom's comment (on no list, no campaign hashtag).
 */

const VOLUNTEER_VIDEO = '7300000000000000004';
const REPLY_BOX = '[data-e2e="comment-item"] [data-e2e="comment-input"]';
const REPLY_POST = '[data-e2e="comment-item"] [data-e2e="comment-post"]';

/** Types into the reply box's Draft.js editor: its text block, then the input event the editor fires. */
async function type(page: PageHandle, text: string): Promise<void> {
  await page.evaluate(`(() => {
    const words = document.querySelector(${JSON.stringify(`${REPLY_BOX} [data-text="true"]`)});
    words.textContent = ${JSON.stringify(text)};
    words.dispatchEvent(new InputEvent('input', { bubbles: true }));
  })()`);
}

const replyText = (page: PageHandle) =>
  page.evaluate<string>(`document.querySelector(${JSON.stringify(`${REPLY_BOX} [contenteditable="true"]`)}).textContent`);

describeInEachBrowser(
  'TikTok campaign hashtags and new comments',
  ({ openPage }) => {
    it.each([
      [FORYOU, 'like-icon', 'like', 'like'],
      [FORYOU, 'share-icon', 'share', 'share-panel'],
      [FORYOU_ID, 'like-icon', 'like', 'like'],
    ] as const)('on %s, holds %s of an unlisted author’s video with a listed hashtag; proceed does it once', async (url, hook, intent, logged) => {
      const page = await openPage(url);
      const control = button(item(VOLUNTEER_VIDEO), hook);
      await page.click(control);
      await waitForMatch(page, 'tiktok:relawan.amin', intent, CAMPAIGN_MATCH);
      await cancelWithButton(page);
      expect(await replicaLog(page)).toEqual([]);

      await page.click(control);
      await waitForMatch(page, 'tiktok:relawan.amin', intent, CAMPAIGN_MATCH);
      expect(await proceedAndWait(page)).toEqual([expect.objectContaining({ action: logged, account: 'relawan.amin', video: VOLUNTEER_VIDEO })]);
    });

    it('holds a reply mentioning a listed account as a new post; cancel keeps the text, proceed posts it once as typed', async () => {
      const page = await openPage(VIDEO_PAGE);
      const text = 'Setuju, @aniesbaswedan';
      await type(page, text);
      await page.click(REPLY_POST);
      await waitForMatch(page, 'tiktok:aniesbaswedan', 'post', 'mention:tiktok:aniesbaswedan');
      await cancelWithButton(page);
      expect(await replicaLog(page)).toEqual([]);
      expect(await replyText(page)).toBe(text);

      await page.click(REPLY_POST);
      await waitForMatch(page, 'tiktok:aniesbaswedan', 'post', 'mention:tiktok:aniesbaswedan');
      expect(await proceedAndWait(page)).toEqual([
        { action: 'comment', account: 'kompascom', video: '7300000000000000001', text, via: 'click' },
      ]);
      expect(await replicaLog(page)).toHaveLength(1);
    });

    it('lets a reply with neither a listed mention nor a listed hashtag through', async () => {
      const page = await openPage(VIDEO_PAGE);
      await type(page, 'Setuju, Kompas!');
      await page.click(REPLY_POST);
      await page.waitUntil('window.__replicaLog.length === 1');
      expect(await page.count(WARNING)).toBe(0);
    });
  },
  { setup: importCampaignHashtags },
);
