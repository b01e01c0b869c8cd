import { expect, it } from 'vitest';
import { describeInEachBrowser } from './harness/each-browser';
import { proceedAndWait, replicaLog, waitForWarning, cancelWithButton } from './warning-contract';
import { importYouTubeList, M_WATCH } from './youtube-replica';

/** m.youtube.com's comment composer (in the comments panel, outside ytm-watch), in both browsers. */

const SUBMIT = 'ytm-comment-simplebox-renderer .comment-submit-button button';

describeInEachBrowser(
  'YouTube mobile comment',
  (session) => {
    it('holds Komentari under a listed channel’s video: cancel posts nothing, proceed posts once', async () => {
      const page = await session.openPage(M_WATCH);
      await page.evaluate(`document.querySelector('ytm-comment-simplebox-renderer textarea').value = 'Semoga sukses'`);
      await page.click(SUBMIT);
      await waitForWarning(page, 'youtube:@aniesbaswedan', 'comment');
      await cancelWithButton(page);
      expect(await replicaLog(page)).toEqual([]);

      await page.click(SUBMIT);
      await waitForWarning(page, 'youtube:@aniesbaswedan', 'comment');
      expect(await proceedAndWait(page)).toEqual([
        { action: 'comment', account: '@aniesbaswedan', video: 'aniesVideo01', text: 'Semoga sukses', via: 'click' },
      ]);
    });
  },
  { setup: importYouTubeList },
);
