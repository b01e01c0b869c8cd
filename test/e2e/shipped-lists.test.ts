import { expect, it } from 'vitest';
import { like, post } from './facebook-replica';
import { describeInEachBrowser } from './harness/each-browser';
import { expectHeldThenCancel, markerFor, replicaLog, waitForWarning, warningButton, WARNING } from './warning-contract';

/**
 * What a new user is protected from out of the box: no list imported, only the
 * shipped ones. The accounts are real entries of candidate-lists/ (Prabowo
 * Subianto's Facebook page, Gibran Rakabuming Raka's YouTube channel), shown on
 * replica pages (test/fixtures/facebook/page-shipped.html, youtube/channel-shipped.html).
 */

const FACEBOOK_PAGE = 'https://www.facebook.com/prabowosubianto';
const FACEBOOK_ACCOUNT = 'facebook:prabowosubianto';
const YOUTUBE_CHANNEL = 'https://www.youtube.com/@gibrantv';
const YOUTUBE_ACCOUNT = 'youtube:@gibrantv';
const HEADER_SUBSCRIBE = 'yt-page-header-view-model yt-subscribe-button-view-model button';

describeInEachBrowser('Shipped lists, nothing imported', (session) => {
  it('marks a shipped Facebook page and holds Follow and a like on its post', async () => {
    const page = await session.openPage(FACEBOOK_PAGE);
    await page.waitFor(markerFor(FACEBOOK_ACCOUNT));
    await page.click('.jn-profile-buttons [role="button"][aria-label="Follow"]');
    await expectHeldThenCancel(page, FACEBOOK_ACCOUNT, 'follow');
    await page.click(like('pfbid0PrabowoS1'));
    await expectHeldThenCancel(page, FACEBOOK_ACCOUNT, 'like');
    expect(await page.count(`${post('pfbid0PrabowoS1')} [aria-label="Remove Like"]`)).toBe(0);
  });

  it('holds Subscribe on a shipped YouTube channel, and the cancelled click does nothing', async () => {
    const page = await session.openPage(YOUTUBE_CHANNEL);
    await page.click(HEADER_SUBSCRIBE);
    await waitForWarning(page, YOUTUBE_ACCOUNT, 'follow');
    await page.click(warningButton('cancel'));
    await page.waitForNone(WARNING);
    expect(await replicaLog(page)).toEqual([]);
  });
});
