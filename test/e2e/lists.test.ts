import { describe, expect, it } from 'vitest';
import { like, post } from './facebook-replica';
import { describeInEachBrowser } from './harness/each-browser';
import {
  cancelWithEscape,
  expectHeldThenCancel,
  importList,
  markerFor,
  replicaLog,
  replicaLogged,
  waitForWarning,
  WARNING,
  warningButton,
} from './warning-contract';
import { HOME, LISTED_TWEET, tweetButton } from './x-replica';

/**
 * The candidate lists: what the shipped ones hold a new user back from, then
 * managing lists on the options page, with open tabs following it live.
 */

const PILPRES_ROW = '[data-list="pilpres-2024"]';
const PILPRES_SWITCH = `${PILPRES_ROW} input[name="list-enabled"]`;

const EXPIRED_LIST = {
  format: 'jaga-netral/list@1',
  id: 'e2e-expired',
  title: 'E2E: expired <b>list</b>',
  updated: '2020-01-01',
  expires: '2020-06-30',
  sources: ['https://example.org/e2e'],
  entries: [{ name: 'Kompas (E2E)', accounts: [{ platform: 'x', id: 'https://x.com/KompasCom', source: 'https://example.org/k' }] }],
};

const FACEBOOK_PAGE = 'https://www.facebook.com/prabowosubianto';
const FACEBOOK_ACCOUNT = 'facebook:prabowosubianto';
const YOUTUBE_CHANNEL = 'https://www.youtube.com/@gibrantv';
const YOUTUBE_ACCOUNT = 'youtube:@gibrantv';
const HEADER_SUBSCRIBE = 'yt-page-header-view-model yt-subscribe-button-view-model button';

describeInEachBrowser('candidate lists', (session) => {
  /**
   * What a new user is protected from out of the box: no list imported, only the
   * shipped ones. The accounts are real entries of candidate-lists/ (Prabowo
   * Subianto's Facebook page, Gibran Rakabuming Raka's YouTube channel), shown on
   * replica pages (test/fixtures/facebook/page-shipped.html, youtube/channel-shipped.html).
   */
  describe('shipped lists, nothing imported yet', () => {
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

  it('switching the shipped Pilpres list off stops warnings in an open X tab, and on again restores them', async () => {
    const page = await session.openPage(HOME);
    await page.waitFor(markerFor('x:aniesbaswedan'));
    const options = await session.openExtensionPage('options.html');

    await options.click(PILPRES_SWITCH);
    await options.waitFor(`${PILPRES_ROW}[data-list-enabled="false"]`);
    // The marker going away shows the tab has the new lists.
    await page.waitForNone(markerFor('x:aniesbaswedan'));
    await page.click(tweetButton(LISTED_TWEET, 'like'));
    expect(await replicaLogged(page)).toEqual([expect.objectContaining({ action: 'like', account: 'aniesbaswedan' })]);
    expect(await page.count(WARNING)).toBe(0);

    await options.click(PILPRES_SWITCH);
    await options.waitFor(`${PILPRES_ROW}[data-list-enabled="true"]`);
    await page.waitFor(markerFor('x:aniesbaswedan'));
    await page.click(tweetButton(LISTED_TWEET, 'unlike'));
    await replicaLogged(page, 2);
    await page.click(tweetButton(LISTED_TWEET, 'like'));
    await waitForWarning(page, 'x:aniesbaswedan', 'like');
    await cancelWithEscape(page);
    expect(await replicaLogged(page, 2)).toHaveLength(2);
  });

  it('marks an imported list past its expiry date as out of date, its title as text', async () => {
    await importList(() => session.openExtensionPage('options.html'), 'expired.json', JSON.stringify(EXPIRED_LIST));
    const options = await session.openExtensionPage('options.html');
    await options.waitFor('[data-list="e2e-expired"] [data-list-status="expired"]');
    expect(await options.count('[data-list="pilpres-2024"] [data-list-status="expired"]')).toBe(0);
    expect(await options.count('[data-list="e2e-expired"] b')).toBe(0);
  });

  it('exports a list as stored, ids normalised', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.click('[data-list="e2e-expired"] [data-list-action="export"]');
    const link = 'a[data-export-list="e2e-expired"]';
    await options.waitFor(link);
    expect(await options.attribute(link, 'download')).toBe('e2e-expired.json');
    const exported = JSON.parse(
      await options.evaluate<string>(`fetch(document.querySelector('${link}').href).then((response) => response.text())`),
    );
    const kompas = { ...EXPIRED_LIST.entries[0]!.accounts[0], id: 'kompascom' };
    expect(exported).toEqual({ ...EXPIRED_LIST, entries: [{ ...EXPIRED_LIST.entries[0], accounts: [kompas] }] });
  });
});
