import { expect, it } from 'vitest';
import { describeInEachBrowser } from './harness/each-browser';
import type { PageHandle } from './harness/driver';
import { CAMPAIGN_MATCH, importCampaignHashtags } from './campaign-hashtag-list';
import { article, FEED, FEED_ID, icon } from './instagram-replica';
import { cancelWithButton, proceedAndWait, replicaLog, waitForMatch } from './warning-contract';

/**
 * Issue 17 on Instagram, in both browsers with the built extension: a
 * volunteer's post (@relawan.amin, on no list) under the campaign hashtag
 * #AMINAjaDulu, and a comment that mentions a listed account typed under a
 * post by an unlisted author (@kompascom) that carries no campaign hashtag.
 */

const VOLUNTEER_POST = 'C4feedRelawan';
const KOMPAS_POST = 'C2feedKompas';
const box = (code: string) => `${article(code)} form textarea`;
const postButton = (code: string) => `${article(code)} form [role="button"]:not(:has(svg))`;

/** Types into a comment box as a user does: its value, then the input event Instagram listens to. */
async function type(page: PageHandle, code: string, text: string): Promise<void> {
  await page.evaluate(`(() => {
    const box = document.querySelector(${JSON.stringify(box(code))});
    box.value = ${JSON.stringify(text)};
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
  })()`);
}

const boxText = (page: PageHandle, code: string) => page.evaluate<string>(`document.querySelector(${JSON.stringify(box(code))}).value`);

describeInEachBrowser(
  'Instagram campaign hashtags and new comments',
  ({ openPage }) => {
    it.each([
      [FEED, 'Like', 'like', 'like'],
      [FEED, 'Share Post', 'share', 'share-dialog'],
      [FEED_ID, 'Suka', 'like', 'like'],
    ] as const)('on %s, holds %s of an unlisted author’s post with a listed hashtag; proceed does it once', async (url, label, intent, logged) => {
      const page = await openPage(url);
      await page.click(icon(VOLUNTEER_POST, label));
      await waitForMatch(page, 'instagram:relawan.amin', intent, CAMPAIGN_MATCH);
      await cancelWithButton(page);
      expect(await replicaLog(page)).toEqual([]);

      await page.click(icon(VOLUNTEER_POST, label));
      await waitForMatch(page, 'instagram:relawan.amin', intent, CAMPAIGN_MATCH);
      expect(await proceedAndWait(page)).toEqual([
        { action: logged, account: 'relawan.amin', post: VOLUNTEER_POST, via: 'click' },
      ]);
    });

    it('holds a comment mentioning a listed account as a new post; cancel keeps the text, proceed posts it once as typed', async () => {
      const page = await openPage(FEED);
      const text = 'Sampai jumpa di JIS, @AniesBaswedan!';
      await type(page, KOMPAS_POST, text);
      await page.click(postButton(KOMPAS_POST));
      await waitForMatch(page, 'instagram:aniesbaswedan', 'post', 'mention:instagram:aniesbaswedan');
      await cancelWithButton(page);
      expect(await replicaLog(page)).toEqual([]);
      expect(await boxText(page, KOMPAS_POST)).toBe(text);

      await page.focus(box(KOMPAS_POST));
      await page.press('Enter');
      await waitForMatch(page, 'instagram:aniesbaswedan', 'post', 'mention:instagram:aniesbaswedan');
      expect(await proceedAndWait(page)).toEqual([
        { action: 'comment', account: 'kompascom', post: KOMPAS_POST, text, via: 'click' },
      ]);
      expect(await replicaLog(page)).toHaveLength(1);
    });

    it('lets a comment with neither a listed mention nor a listed hashtag through', async () => {
      const page = await openPage(FEED);
      await type(page, KOMPAS_POST, 'Terima kasih #AMINAjaDuluBanget');
      await page.click(postButton(KOMPAS_POST));
      await page.waitUntil('window.__replicaLog.length === 1');
      expect(await page.count('[role="alertdialog"]')).toBe(0);
    });
  },
  { setup: importCampaignHashtags },
);
