import { expect, it } from 'vitest';
import { describeInEachBrowser } from './harness/each-browser';
import {
  cancelWithButton,
  historyRow,
  markedWithin,
  proceedAndWait,
  replicaLog,
  waitForHistoryRow,
  waitForWarning,
} from './warning-contract';
import { CHANNEL_HANDLE_ONLY, GANJAR_UC, importYouTubeList, WATCH_CHANNEL_ID, WATCH_HANDLE_ONLY } from './youtube-replica';

/**
 * A list names a YouTube channel by one id, the page shows the other: the
 * warning, the history and the marker name the listed id. Both browsers.
 */

const WATCH_LIKE = 'ytd-watch-metadata like-button-view-model button';
const HEADER_SUBSCRIBE = 'yt-page-header-view-model yt-subscribe-button-view-model button';
const GANJAR = `youtube:${GANJAR_UC}`;

describeInEachBrowser(
  'YouTube channel ids',
  (session) => {
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
  },
  { setup: importYouTubeList },
);
