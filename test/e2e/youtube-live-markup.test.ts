import { describe, expect, it } from 'vitest';
import { describeInEachBrowser } from './harness/each-browser';
import type { PageHandle } from './harness/driver';
import {
  cancelWithButton,
  expectHeldThenCancel,
  expectPassedThrough,
  historyRow,
  markedWithin,
  proceedAndWait,
  replicaLog,
  waitForHistoryRow,
  waitForWarning,
  type Intent,
} from './warning-contract';
import {
  CHANNEL_HANDLE_ONLY,
  GANJAR_UC,
  HOME,
  importYouTubeList,
  M_WATCH_2026,
  M_WATCH_2026_UNLISTED,
  SHORTS_2025,
  WATCH,
  WATCH_CHANNEL_ID,
  WATCH_HANDLE_ONLY,
} from './youtube-replica';

/**
 * YouTube's markup as the saved live pages and the 2025/26 unit tests show it,
 * end to end in both browsers: Share from a home tile's ⋮ menu (the menu opens
 * away from the tile, at the end of the app), Subscribe beside the notification
 * bell on the 2026 watch page, Subscribe on a Short's 2025 channel bar, and the
 * like-button-view-model like on m.youtube.com. And a channel a list names by
 * one id while the page shows the other.
 */

const ANIES = 'youtube:@aniesbaswedan';

/** A home tile by its channel, and its ⋮ button. */
const tile = (handle: string) => `ytd-rich-item-renderer:has(#avatar-link[href="/${handle}"])`;
const tileMenu = (handle: string) => `${tile(handle)} ytd-menu-renderer yt-icon-button#button button`;
/** The open ⋮ menu's items, in YouTube's order (replica.js renders the same list). */
const MENU_ITEMS = ['Add to queue', 'Save to Watch Later', 'Save to playlist', 'Share', 'Not interested', "Don't recommend channel", 'Report'];
const menuItem = (label: string) =>
  `ytd-popup-container tp-yt-iron-dropdown:not([aria-hidden]) ytd-menu-service-item-renderer:nth-child(${MENU_ITEMS.indexOf(label) + 1})`;
const SHARE_PANEL = 'ytd-unified-share-panel-renderer';

const WATCH_SUBSCRIBE = 'ytd-watch-metadata #subscribe-button #subscribe-button-shape button';
const WATCH_BELL = 'ytd-watch-metadata #subscribe-button #notification-preference-button button';
const reelSubscribe = (which: '[is-active]' | ':not([is-active])') =>
  `ytd-reel-video-renderer${which} yt-reel-channel-bar-view-model yt-subscribe-button-view-model button`;
const ACTIVE_REEL_LIKE = 'ytd-reel-video-renderer[is-active] reel-action-bar-view-model like-button-view-model button';
/** The like's count, under the button in the same label: pressing it clicks the button. */
const ACTIVE_REEL_LIKE_COUNT = 'ytd-reel-video-renderer[is-active] reel-action-bar-view-model like-button-view-model .yt-spec-button-shape-with-label__label';
const M_LIKE_2026 = '.slim-video-action-bar-actions segmented-like-dislike-button-view-model like-button-view-model button';

/** Opens the home grid and scrolls to its end until the next page of tiles, with @aniesbaswedan's, is in. */
async function homeScrolledToNextPage(page: PageHandle): Promise<void> {
  await page.waitFor(tile('@kompascom'));
  expect(await page.count(tile('@aniesbaswedan'))).toBe(0);
  await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
  await page.waitFor(tile('@aniesbaswedan'));
}

/** Presses a tile's ⋮, then one item of the menu it opened. */
async function chooseFromMenu(page: PageHandle, handle: string, label: string): Promise<void> {
  await page.click(tileMenu(handle));
  await page.click(menuItem(label));
}

async function clickAndCancel(page: PageHandle, control: string, account: string, intent: Intent): Promise<void> {
  await page.click(control);
  await expectHeldThenCancel(page, account, intent);
}

async function clickAndProceed(page: PageHandle, control: string, account: string, intent: Intent) {
  await page.click(control);
  await waitForWarning(page, account, intent);
  return proceedAndWait(page);
}

/** The channel-ids specs' controls, and the channel a list names by its UC… id. */
const WATCH_LIKE = 'ytd-watch-metadata like-button-view-model button';
const HEADER_SUBSCRIBE = 'yt-page-header-view-model yt-subscribe-button-view-model button';
const GANJAR = `youtube:${GANJAR_UC}`;

describeInEachBrowser(
  'YouTube live markup',
  (session) => {
    it('holds Share in the ⋮ menu of a listed channel’s tile loaded by scrolling: cancel shares nothing, proceed opens the panel once', async () => {
      const page = await session.openPage(HOME);
      await homeScrolledToNextPage(page);
      await chooseFromMenu(page, '@aniesbaswedan', 'Share');
      await expectHeldThenCancel(page, ANIES, 'share');
      expect(await page.count(SHARE_PANEL)).toBe(0);

      await chooseFromMenu(page, '@aniesbaswedan', 'Share');
      await waitForWarning(page, ANIES, 'share');
      expect(await proceedAndWait(page)).toEqual([
        { action: 'share-panel', account: '@aniesbaswedan', video: 'aniesVideo01', via: 'click' },
      ]);
      expect(await page.count(SHARE_PANEL)).toBe(1);
    });

    it('lets the listed tile’s other menu items, and Share from an unlisted tile’s menu, through untouched', async () => {
      const page = await session.openPage(HOME);
      await homeScrolledToNextPage(page);
      await chooseFromMenu(page, '@aniesbaswedan', 'Save to Watch Later');
      await chooseFromMenu(page, '@aniesbaswedan', 'Not interested');
      await chooseFromMenu(page, '@kumparan', 'Share');
      await expectPassedThrough(page, [
        { action: 'menu-item', item: 'Save to Watch Later', account: '@aniesbaswedan', video: 'aniesVideo01', via: 'click' },
        { action: 'menu-item', item: 'Not interested', account: '@aniesbaswedan', video: 'aniesVideo01', via: 'click' },
        { action: 'share-panel', account: '@kumparan', video: 'kumparVideo1', via: 'click' },
      ]);
    });

    it('holds Subscribe in the 2026 owner row; proceed subscribes once, and the notification bell is never held', async () => {
      const page = await session.openPage(WATCH);
      expect(await page.count(`${WATCH_BELL}`)).toBe(1);
      await clickAndCancel(page, WATCH_SUBSCRIBE, ANIES, 'follow');
      expect(await clickAndProceed(page, WATCH_SUBSCRIBE, ANIES, 'follow')).toEqual([
        { action: 'subscribe', account: '@aniesbaswedan', via: 'click' },
      ]);
      await page.click(WATCH_BELL);
      await expectPassedThrough(page, [
        { action: 'subscribe', account: '@aniesbaswedan', via: 'click' },
        { action: 'notification-menu', account: '@aniesbaswedan', via: 'click' },
      ]);
    });

    it('holds Subscribe and like on the active Short’s 2025 channel bar; the next, unlisted Short’s Subscribe goes through', async () => {
      const page = await session.openPage(SHORTS_2025);
      await clickAndCancel(page, reelSubscribe('[is-active]'), ANIES, 'follow');
      await clickAndCancel(page, ACTIVE_REEL_LIKE, ANIES, 'like');
      await clickAndCancel(page, ACTIVE_REEL_LIKE_COUNT, ANIES, 'like');
      expect(await clickAndProceed(page, reelSubscribe('[is-active]'), ANIES, 'follow')).toEqual([
        { action: 'subscribe', account: '@aniesbaswedan', via: 'click' },
      ]);
      await page.click(reelSubscribe(':not([is-active])'));
      await expectPassedThrough(page, [
        { action: 'subscribe', account: '@aniesbaswedan', via: 'click' },
        { action: 'subscribe', account: '@kompascom', via: 'click' },
      ]);
    });

    it('holds a like through like-button-view-model on m.youtube.com: cancel leaves no trace, proceed likes once', async () => {
      const page = await session.openPage(M_WATCH_2026);
      await clickAndCancel(page, M_LIKE_2026, ANIES, 'like');
      expect(await clickAndProceed(page, M_LIKE_2026, ANIES, 'like')).toEqual([
        { action: 'like', account: '@aniesbaswedan', video: 'aniesVideo02', via: 'click' },
      ]);
      expect(await page.attribute(M_LIKE_2026, 'aria-pressed')).toBe('true');
    });

    it('lets the like on an unlisted channel’s video through on m.youtube.com', async () => {
      const page = await session.openPage(M_WATCH_2026_UNLISTED);
      await page.click(M_LIKE_2026);
      await expectPassedThrough(page, [{ action: 'like', account: '@kompascom', video: 'kompasVideo2', via: 'click' }]);
      expect(await replicaLog(page)).toHaveLength(1);
    });

    /**
     * A list names a YouTube channel by one id, the page shows the other: the
     * warning, the history and the marker name the listed id.
     */
    describe('channel ids', () => {
      it('holds a like on a video whose page links only the @handle of a channel listed by UC… id', async () => {
        const page = await session.openPage(WATCH_HANDLE_ONLY);
        await page.waitUntil(markedWithin('ytd-video-owner-renderer', GANJAR));
        await page.click(WATCH_LIKE);
        await waitForWarning(page, GANJAR, 'like');
        await cancelWithButton(page);
        expect(await replicaLog(page)).toEqual([]);

        await page.click(WATCH_LIKE);
        await waitForWarning(page, GANJAR, 'like');
        expect(await proceedAndWait(page)).toEqual([
          { action: 'like', account: '@ganjarreplica', video: 'ganjarVideo1', via: 'click' },
        ]);
        const history = await session.openExtensionPage('history.html');
        await waitForHistoryRow(history, historyRow(GANJAR, 'like', 'proceeded'));
      });

      it('holds Subscribe on the @handle page of a channel listed by UC… id, and marks its header', async () => {
        const page = await session.openPage(CHANNEL_HANDLE_ONLY);
        await page.waitUntil(markedWithin('yt-page-header-view-model', GANJAR));
        await page.click(HEADER_SUBSCRIBE);
        await waitForWarning(page, GANJAR, 'follow');
        await cancelWithButton(page);
        expect(await replicaLog(page)).toEqual([]);
      });

      it('holds a like on a video whose owner row links only /channel/UC… of a channel listed by @handle', async () => {
        const page = await session.openPage(WATCH_CHANNEL_ID);
        await page.click(WATCH_LIKE);
        await waitForWarning(page, 'youtube:@prabowo', 'like');
        await cancelWithButton(page);
        expect(await replicaLog(page)).toEqual([]);
      });
    });
  },
  { setup: importYouTubeList },
);
