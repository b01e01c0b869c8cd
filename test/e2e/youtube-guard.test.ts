import { expect, it } from 'vitest';
import { describeInEachBrowser } from './harness/each-browser';
import type { PageHandle } from './harness/driver';
import {
  expectHeldThenCancel,
  expectPassedThrough,
  proceedAndWait,
  replicaLog,
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

/** The YouTube guard end to end, on the replicas, in both browsers with the built extension. */

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
  },
  { setup: importYouTubeList },
);
