import { describe, expect, it } from 'vitest';
import { CAMPAIGN_MATCH, importCampaignHashtags } from './campaign-hashtag-list';
import { describeInEachBrowser, type BrowserSession } from './harness/each-browser';
import type { PageHandle } from './harness/driver';
import {
  cancelWithButton,
  expectHeldThenCancel,
  expectPassedThrough,
  proceedAndWait,
  replicaLog,
  waitForMatch,
  waitForWarning,
  WARNING,
  warningButton,
  type Intent,
} from './warning-contract';
import {
  CHANNEL_LISTED,
  CHANNEL_SUBSCRIBED,
  importYouTubeList,
  M_CHANNEL_LISTED,
  M_WATCH,
  WATCH,
  WATCH_UNLISTED,
  YT,
} from './youtube-replica';

/**
 * The YouTube guard end to end, on the replicas, in both browsers with the
 * built extension, and issue 17 on YouTube (campaign hashtags, new comments)
 * in the same browsers: one launch per browser serves both.
 */

const WATCH_LIKE = 'ytd-watch-metadata like-button-view-model button';
const WATCH_SUBSCRIBE = 'ytd-watch-metadata #subscribe-button button';
const WATCH_SHARE = 'ytd-watch-metadata #top-level-buttons-computed yt-button-view-model button';
const COMMENT_TEXT = 'ytd-comments-header-renderer #contenteditable-root';
const COMMENT_SUBMIT = 'ytd-comments-header-renderer #submit-button button';
const commentLike = (handle: string) => `ytd-comment-view-model:has(#author-text[href="/${handle}"]) #like-button button`;
const REEL_LIKE = 'ytd-reel-video-renderer[is-active] #like-button button';
const HEADER_SUBSCRIBE = 'yt-page-header-view-model yt-subscribe-button-view-model button';
const ANIES = 'youtube:@aniesbaswedan';
const M_LIKE = 'ytm-slim-video-action-bar-renderer .segmented-like-button button';
const M_SUBSCRIBE = 'ytm-slim-owner-renderer ytm-subscribe-button-renderer button';
const M_HEADER_SUBSCRIBE = 'yt-page-header-view-model ytm-subscribe-button-renderer button';
/** m.youtube.com's comment composer, in the comments panel, outside ytm-watch. */
const M_COMMENT_SUBMIT = 'ytm-comment-simplebox-renderer .comment-submit-button button';

async function clickAndCancel(page: PageHandle, control: string, account: string, intent: Intent): Promise<void> {
  await page.click(control);
  await expectHeldThenCancel(page, account, intent);
}

/** Presses `control` and proceeds from its warning; what the site then did. */
async function clickAndProceed(page: PageHandle, control: string, account: string, intent: Intent) {
  await page.click(control);
  await waitForWarning(page, account, intent);
  return proceedAndWait(page);
}

const WATCH_HASHTAG = `${YT}/watch?v=relawanVid01`;
/** Share on the hashtag video's page, found by its label. */
const SHARE_BY_LABEL = 'ytd-watch-metadata button[aria-label="Share"]';

/** Types into the comment box: its words, then the input event YouTube enables the Comment button on. */
async function type(page: PageHandle, text: string): Promise<void> {
  await page.evaluate(`(() => {
    const box = document.querySelector(${JSON.stringify(COMMENT_TEXT)});
    box.textContent = ${JSON.stringify(text)};
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
  })()`);
  await page.waitUntil(`!document.querySelector(${JSON.stringify(COMMENT_SUBMIT)}).disabled`);
}

const boxText = (page: PageHandle) => page.evaluate<string>(`document.querySelector(${JSON.stringify(COMMENT_TEXT)}).textContent`);

/** The guard's channels, and the campaign hashtag the issue 17 specs rely on, each imported once per browser. */
async function importLists(session: BrowserSession): Promise<void> {
  await importYouTubeList(session);
  await importCampaignHashtags(session);
}

describeInEachBrowser(
  'YouTube guard',
  (session) => {
    it('holds a like on a listed channel’s video: cancel leaves no trace, proceed likes once', async () => {
      const page = await session.openPage(WATCH);
      await page.click(WATCH_LIKE);
      await waitForWarning(page, ANIES, 'like');
      await page.click(warningButton('cancel'));
      await page.waitForNone(WARNING);
      expect(await replicaLog(page)).toEqual([]);

      await page.click(WATCH_LIKE);
      await waitForWarning(page, ANIES, 'like');
      expect(await proceedAndWait(page)).toEqual([
        { action: 'like', account: '@aniesbaswedan', video: 'aniesVideo01', via: 'click' },
      ]);
      expect(await page.attribute(WATCH_LIKE, 'aria-pressed')).toBe('true');
    });

    it('holds a like on the Indonesian watch page', async () => {
      const page = await session.openPage(`${WATCH}&hl=id`);
      await clickAndCancel(page, WATCH_LIKE, ANIES, 'like');
    });

    it('holds Subscribe on the watch page and on the channel page', async () => {
      const watch = await session.openPage(WATCH);
      await clickAndCancel(watch, WATCH_SUBSCRIBE, ANIES, 'follow');
      const channel = await session.openPage(CHANNEL_LISTED);
      await clickAndCancel(channel, HEADER_SUBSCRIBE, ANIES, 'follow');
    });

    it('holds Subscribe on a search result', async () => {
      const page = await session.openPage(`${YT}/results?search_query=anies`);
      await clickAndCancel(page, 'ytd-channel-renderer #subscribe-button button', ANIES, 'follow');
    });

    it('holds a like on a Short, then likes it once on proceed', async () => {
      const page = await session.openPage(`${YT}/shorts/aniesShort01`);
      await clickAndCancel(page, REEL_LIKE, ANIES, 'like');
      expect(await clickAndProceed(page, REEL_LIKE, ANIES, 'like')).toEqual([
        { action: 'like', account: '@aniesbaswedan', video: 'aniesShort01', via: 'click' },
      ]);
    });

    it('holds a like on a listed channel’s comment', async () => {
      const page = await session.openPage(WATCH);
      await clickAndCancel(page, commentLike('@prabowo'), 'youtube:@prabowo', 'like');
    });

    it('holds the Comment button and Ctrl+Enter; proceed posts the comment once', async () => {
      const page = await session.openPage(WATCH);
      await clickAndCancel(page, COMMENT_SUBMIT, ANIES, 'comment');
      await page.focus(COMMENT_TEXT);
      await page.press('Control+Enter');
      await waitForWarning(page, ANIES, 'comment');
      expect(await proceedAndWait(page)).toEqual([
        { action: 'comment', account: '@aniesbaswedan', video: 'aniesVideo01', text: 'Semoga sukses, Pak!', via: 'click' },
      ]);
    });

    it('holds Share; proceed opens the share panel once', async () => {
      const page = await session.openPage(WATCH);
      await clickAndCancel(page, WATCH_SHARE, ANIES, 'share');
      expect(await page.count('ytd-unified-share-panel-renderer')).toBe(0);
      await page.click(WATCH_SHARE);
      await waitForWarning(page, ANIES, 'share');
      expect(await proceedAndWait(page)).toEqual([
        { action: 'share-panel', account: '@aniesbaswedan', video: 'aniesVideo01', via: 'click' },
      ]);
      expect(await page.count('ytd-unified-share-panel-renderer')).toBe(1);
    });

    it('holds a like on m.youtube.com: cancel leaves no trace, proceed likes once', async () => {
      const page = await session.openPage(M_WATCH);
      await clickAndCancel(page, M_LIKE, ANIES, 'like');
      expect(await clickAndProceed(page, M_LIKE, ANIES, 'like')).toEqual([
        { action: 'like', account: '@aniesbaswedan', video: 'aniesVideo01', via: 'click' },
      ]);
      expect(await page.attribute(M_LIKE, 'aria-pressed')).toBe('true');
    });

    it('holds Subscribe on m.youtube.com, on the watch page and the channel page', async () => {
      const watch = await session.openPage(M_WATCH);
      await clickAndCancel(watch, M_SUBSCRIBE, ANIES, 'follow');
      const channel = await session.openPage(M_CHANNEL_LISTED);
      await clickAndCancel(channel, M_HEADER_SUBSCRIBE, ANIES, 'follow');
      expect(await clickAndProceed(channel, M_HEADER_SUBSCRIBE, ANIES, 'follow')).toEqual([
        { action: 'subscribe', account: '@aniesbaswedan', via: 'click' },
      ]);
    });

    it('holds Komentari under a listed channel’s video on m.youtube.com: cancel posts nothing, proceed posts once', async () => {
      const page = await session.openPage(M_WATCH);
      await page.evaluate(`document.querySelector('ytm-comment-simplebox-renderer textarea').value = 'Semoga sukses'`);
      await page.click(M_COMMENT_SUBMIT);
      await waitForWarning(page, 'youtube:@aniesbaswedan', 'comment');
      await cancelWithButton(page);
      expect(await replicaLog(page)).toEqual([]);

      await page.click(M_COMMENT_SUBMIT);
      await waitForWarning(page, 'youtube:@aniesbaswedan', 'comment');
      expect(await proceedAndWait(page)).toEqual([
        { action: 'comment', account: '@aniesbaswedan', video: 'aniesVideo01', text: 'Semoga sukses', via: 'click' },
      ]);
    });

    it('lets an unlisted channel’s video through untouched', async () => {
      const page = await session.openPage(WATCH_UNLISTED);
      await page.click(WATCH_LIKE);
      await page.click(WATCH_SUBSCRIBE);
      await expectPassedThrough(page, [
        { action: 'like', account: '@kompascom', video: 'kompasVideo1', via: 'click' },
        { action: 'subscribe', account: '@kompascom', via: 'click' },
      ]);
    });

    it('never interrupts unsubscribing or unliking a listed channel', async () => {
      const channel = await session.openPage(CHANNEL_SUBSCRIBED);
      await channel.click(HEADER_SUBSCRIBE);
      await expectPassedThrough(channel, [{ action: 'unsubscribe', account: '@prabowo', via: 'click' }]);
      const watch = await session.openPage(WATCH);
      await watch.click(commentLike('@aniesbaswedan'));
      await expectPassedThrough(watch, [
        { action: 'unlike', account: '@aniesbaswedan', video: 'aniesVideo01', comment: 'UgxAnies001', via: 'click' },
      ]);
    });

    /**
     * Issue 17 on YouTube: a volunteer channel's video (@relawanamin, on no
     * list) with the campaign hashtag #AMINAjaDulu under its title, and a
     * comment mentioning a listed channel, typed under @kompascom's video (on
     * no list, no campaign hashtag).
     */
    describe('campaign hashtags and new comments (issue 17)', () => {
      it.each([
        ['Like', WATCH_LIKE, 'like', 'like'],
        ['Share', SHARE_BY_LABEL, 'share', 'share-panel'],
      ] as const)('holds %s of an unlisted channel’s video with a listed hashtag; proceed does it once', async (_label, control, intent, logged) => {
        const page = await session.openPage(WATCH_HASHTAG);
        await page.click(control);
        await waitForMatch(page, 'youtube:@relawanamin', intent, CAMPAIGN_MATCH);
        await cancelWithButton(page);
        expect(await replicaLog(page)).toEqual([]);

        await page.click(control);
        await waitForMatch(page, 'youtube:@relawanamin', intent, CAMPAIGN_MATCH);
        expect(await proceedAndWait(page)).toEqual([expect.objectContaining({ action: logged, account: '@relawanamin', video: 'relawanVid01' })]);
      });

      it('holds a comment mentioning a listed channel as a new post; cancel keeps the text, proceed posts it once as typed', async () => {
        const page = await session.openPage(WATCH_UNLISTED);
        const text = 'Debat yang seru, @AniesBaswedan';
        await type(page, text);
        await page.click(COMMENT_SUBMIT);
        await waitForMatch(page, 'youtube:@aniesbaswedan', 'post', 'mention:youtube:@aniesbaswedan');
        await cancelWithButton(page);
        expect(await replicaLog(page)).toEqual([]);
        expect(await boxText(page)).toBe(text);

        await page.focus(COMMENT_TEXT);
        await page.press('Control+Enter');
        await waitForMatch(page, 'youtube:@aniesbaswedan', 'post', 'mention:youtube:@aniesbaswedan');
        expect(await proceedAndWait(page)).toEqual([
          { action: 'comment', account: '@kompascom', video: 'kompasVideo1', text, via: 'click' },
        ]);
        expect(await replicaLog(page)).toHaveLength(1);
      });

      it('lets a comment with neither a listed mention nor a listed hashtag through', async () => {
        const page = await session.openPage(WATCH_UNLISTED);
        await type(page, 'Informatif, terima kasih.');
        await page.click(COMMENT_SUBMIT);
        await page.waitUntil('window.__replicaLog.length === 1');
        expect(await page.count(WARNING)).toBe(0);
      });
    });
  },
  { setup: importLists },
);
