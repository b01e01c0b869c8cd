import { expect, it } from 'vitest';
import { describeInEachBrowser } from './harness/each-browser';
import { importList, markerFor, replicaLogged, waitForWarning, cancelWithEscape, WARNING } from './warning-contract';
import { HOME, LISTED_TWEET, tweetButton } from './x-replica';

/** List management on the options page, and open tabs following it live. */

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

describeInEachBrowser('candidate lists on the options page', (session) => {
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
