import { expect, it } from 'vitest';
import { describeInEachBrowser } from './harness/each-browser';
import type { PageHandle } from './harness/driver';
import { CAMPAIGN_MATCH, importCampaignHashtags } from './campaign-hashtag-list';
import { WATCH_UNLISTED, YT } from './youtube-replica';
import { cancelWithButton, proceedAndWait, replicaLog, waitForMatch, WARNING } from './warning-contract';

/**
 * Issue 17 on YouTube, in both browsers with the built extension: a
 * volunteer channel's video (@relawanamin, on no list) with the campaign
 * hashtag #AMINAjaDulu under its title, and a comment mentioning a listed
 * channel, typed under @kompascom's video (on no list, no campaign hashtag).
 */

const WATCH_HASHTAG = `${YT}/watch?v=relawanVid01`;
const LIKE = 'ytd-watch-metadata like-button-view-model button';
const SHARE = 'ytd-watch-metadata button[aria-label="Share"]';
const BOX = 'ytd-comments-header-renderer #contenteditable-root';
const SUBMIT = 'ytd-comments-header-renderer #submit-button button';

/** Types into the comment box: its words, then the input event YouTube enables the Comment button on. */
async function type(page: PageHandle, text: string): Promise<void> {
  await page.evaluate(`(() => {
    const box = document.querySelector(${JSON.stringify(BOX)});
    box.textContent = ${JSON.stringify(text)};
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
  })()`);
  await page.waitUntil(`!document.querySelector(${JSON.stringify(SUBMIT)}).disabled`);
}

const boxText = (page: PageHandle) => page.evaluate<string>(`document.querySelector(${JSON.stringify(BOX)}).textContent`);

describeInEachBrowser(
  'YouTube campaign hashtags and new comments',
  ({ openPage }) => {
    it.each([
      ['Like', LIKE, 'like', 'like'],
      ['Share', SHARE, 'share', 'share-panel'],
    ] as const)('holds %s of an unlisted channel’s video with a listed hashtag; proceed does it once', async (_label, control, intent, logged) => {
      const page = await openPage(WATCH_HASHTAG);
      await page.click(control);
      await waitForMatch(page, 'youtube:@relawanamin', intent, CAMPAIGN_MATCH);
      await cancelWithButton(page);
      expect(await replicaLog(page)).toEqual([]);

      await page.click(control);
      await waitForMatch(page, 'youtube:@relawanamin', intent, CAMPAIGN_MATCH);
      expect(await proceedAndWait(page)).toEqual([expect.objectContaining({ action: logged, account: '@relawanamin', video: 'relawanVid01' })]);
    });

    it('holds a comment mentioning a listed channel as a new post; cancel keeps the text, proceed posts it once as typed', async () => {
      const page = await openPage(WATCH_UNLISTED);
      const text = 'Debat yang seru, @AniesBaswedan';
      await type(page, text);
      await page.click(SUBMIT);
      await waitForMatch(page, 'youtube:@aniesbaswedan', 'post', 'mention:youtube:@aniesbaswedan');
      await cancelWithButton(page);
      expect(await replicaLog(page)).toEqual([]);
      expect(await boxText(page)).toBe(text);

      await page.focus(BOX);
      await page.press('Control+Enter');
      await waitForMatch(page, 'youtube:@aniesbaswedan', 'post', 'mention:youtube:@aniesbaswedan');
      expect(await proceedAndWait(page)).toEqual([
        { action: 'comment', account: '@kompascom', video: 'kompasVideo1', text, via: 'click' },
      ]);
      expect(await replicaLog(page)).toHaveLength(1);
    });

    it('lets a comment with neither a listed mention nor a listed hashtag through', async () => {
      const page = await openPage(WATCH_UNLISTED);
      await type(page, 'Informatif, terima kasih.');
      await page.click(SUBMIT);
      await page.waitUntil('window.__replicaLog.length === 1');
      expect(await page.count(WARNING)).toBe(0);
    });
  },
  { setup: importCampaignHashtags },
);
