import { expect, it } from 'vitest';
import { firstMatch, type PageHandle } from './harness/driver';
import { describeInEachBrowser } from './harness/each-browser';
import {
  cancelWithButton,
  expectPassedThrough,
  importList,
  markerFor,
  replicaLog,
  setToggle,
  waitForWarning,
  WARNING,
  warningButton,
} from './warning-contract';
import { HOME, KOMPAS_LIKE, LISTED_TWEET, tweetButton } from './x-replica';

/**
 * What an institution's policy and a list's electoral period change on a
 * site, in both browsers. A managed policy cannot be injected into a headless
 * browser without writing into its install directory, so the first spec sets
 * the flags the background resolves from it (local:policyFlags), which is what
 * every tab follows; the resolution itself is unit-tested on a fake managed area.
 */

const KOMPAS = 'x:kompascom';

/** A list whose electoral stage ended long ago, naming an account no shipped list names. */
const PAST_LIST = JSON.stringify({
  format: 'jaga-netral/list@1',
  id: 'e2e-past-period',
  title: 'E2E: a past election',
  election: 'Pemilu 2019',
  updated: '2019-01-10',
  period: { from: '2018-09-23', until: '2019-04-17' },
  entries: [{ name: 'Kompas (E2E)', accounts: [{ platform: 'x', id: 'KompasCom' }] }],
});

/** Writes the resolved policy flags as the background would, from an extension page. */
async function setPolicyFlags(page: PageHandle, flags: Record<string, boolean>): Promise<void> {
  await page.evaluate(`(globalThis.browser ?? globalThis.chrome).storage.local.set({ policyFlags: ${JSON.stringify(flags)} }).then(() => true)`);
}

describeInEachBrowser('institution policy and list periods', ({ openPage, openExtensionPage }) => {
  it('with proceeding hidden by policy, the warning offers only Cancel and the action never happens', async () => {
    const options = await openExtensionPage('options.html');
    await setPolicyFlags(options, { hideProceed: true });
    try {
      const page = await openPage(HOME);
      await page.waitFor(markerFor('x:aniesbaswedan'));
      await page.click(tweetButton(LISTED_TWEET, 'like'));
      await waitForWarning(page, 'x:aniesbaswedan', 'like');
      expect(await page.count(warningButton('proceed'))).toBe(0);
      expect(await page.count(`${WARNING} [data-managed-note="hideProceed"]`)).toBe(1);
      await cancelWithButton(page);
      expect(await replicaLog(page)).toEqual([]);
    } finally {
      await setPolicyFlags(options, {});
    }
  });

  it("says the list's stage is over in the warning; limited to the period, the account is neither warned nor marked", async () => {
    await importList(() => openExtensionPage('options.html'), 'past.json', PAST_LIST);
    const page = await openPage(HOME);
    await page.waitFor(markerFor(KOMPAS));
    await page.click(KOMPAS_LIKE);
    await waitForWarning(page, KOMPAS, 'like');
    // The date reads the same in both languages; the stage's name comes from the list.
    const note = await page.evaluate<string>(`${firstMatch(`${WARNING} [data-period="over"]`)}?.textContent ?? ''`);
    expect(note).toMatch(/Pemilu 2019/);
    expect(note).toMatch(/17 April 2019/);
    await cancelWithButton(page);

    const options = await openExtensionPage('options.html');
    await setToggle(options, 'warnOnlyDuringPeriod', true);
    try {
      await page.waitForNone(markerFor(KOMPAS));
      await page.click(KOMPAS_LIKE);
      await expectPassedThrough(page, [expect.objectContaining({ action: 'like', account: 'kompascom' })]);
      expect(await page.count(WARNING)).toBe(0);
    } finally {
      await setToggle(options, 'warnOnlyDuringPeriod', false);
    }
  });
});
