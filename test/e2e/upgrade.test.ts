import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness/chromium';
import { snapshotBuild, type BrowserDriver, type BrowserName } from './harness/driver';
import { launchFirefox } from './harness/firefox';
import {
  cancelWithButton,
  historyRow,
  importList,
  markerFor,
  proceedAndWait,
  waitForHistoryRow,
  waitForWarning,
} from './warning-contract';
import { HOME, PROFILE_FOLLOW, tweetButton } from './x-replica';

/**
 * Installing version N+1 over N in a real profile keeps the user's lists,
 * settings and history. N is the current build; N+1 is the same code with a
 * higher manifest version. Chromium loads it unpacked from the same path,
 * which is how an unpacked extension keeps its id (and so its storage);
 * Firefox installs both as permanent add-ons under the pinned gecko id, so
 * N+1 replaces an installed N, as an AMO update does.
 * Chromium reports a build loaded with --load-extension as `reason: 'install'`
 * at every version change (measured), where a store update says 'update';
 * the welcome page therefore keys on a stored flag (unit-tested in
 * test/unit/background/welcome.test.ts), not on the reason alone.
 */

const KOMPAS_POST = '1790000000000000002';
const UPGRADE_LIST = {
  format: 'jaga-netral/list@1',
  id: 'e2e-upgrade',
  title: 'E2E: kept across the upgrade',
  updated: '2024-01-10',
  entries: [{ name: 'Kompas (E2E)', accounts: [{ platform: 'x', id: '@KompasCom' }] }],
};
const ROWS = [
  historyRow('x:kompascom', 'like', 'cancelled'),
  historyRow('x:aniesbaswedan', 'follow', 'proceeded'),
] as const;

const TARGET = { chromium: 'chrome-mv3', firefox: 'firefox-mv2' } as const;

async function buildVersion(name: BrowserName, dir: string, version?: string): Promise<string> {
  await rm(join(dir, TARGET[name]), { recursive: true, force: true });
  const extension = await snapshotBuild(TARGET[name], dir);
  if (version) {
    const path = join(extension, 'manifest.json');
    const manifest = JSON.parse(await readFile(path, 'utf8')) as { version: string };
    await writeFile(path, JSON.stringify({ ...manifest, version }));
  }
  return extension;
}

const installedVersion = async (browser: BrowserDriver) =>
  (await browser.openExtensionPage('options.html')).evaluate<string>('chrome.runtime.getManifest().version');

describe.each(['chromium', 'firefox'] as const)('upgrading N → N+1 in a persistent %s profile', (name) => {
  let scratch: string;
  let profile: string;
  let browser: BrowserDriver | undefined;
  let versionN: string;
  const uuid = randomUUID();
  const launch = (extension: string) =>
    name === 'chromium'
      ? launchChromium({ persistent: { profile, extension } })
      : launchFirefox({ persistent: { profile, extension, uuid } });

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'jaga-netral-upgrade-'));
    profile = join(scratch, 'profile');
  });
  afterAll(async () => {
    await browser?.close();
    await rm(scratch, { recursive: true, force: true });
  });

  it('version N: imports a list, changes a setting and leaves two decisions in the history', async () => {
    browser = await launch(await buildVersion(name, scratch));
    versionN = await installedVersion(browser);
    await importList(() => browser!.openExtensionPage('options.html'), 'upgrade.json', JSON.stringify(UPGRADE_LIST));
    const options = await browser.openExtensionPage('options.html');
    await options.click('input[name="language"][value="id"]');
    await options.waitFor('html[lang="id"]');

    const home = await browser.openPage(HOME);
    await home.click(tweetButton(KOMPAS_POST, 'like'));
    await waitForWarning(home, 'x:kompascom', 'like');
    await cancelWithButton(home);
    const profilePage = await browser.openPage('https://x.com/aniesbaswedan');
    await profilePage.click(PROFILE_FOLLOW);
    await waitForWarning(profilePage, 'x:aniesbaswedan', 'follow');
    await proceedAndWait(profilePage);
    const history = await browser.openExtensionPage('history.html');
    for (const row of ROWS) await waitForHistoryRow(history, row);
    expect(browser.requestsOutsideReplicas()).toEqual([]);
    await browser.close();
    browser = undefined;
  });

  it('version N+1 finds the list, the setting and the history as they were', async () => {
    const next = versionN.replace(/\d+$/, (patch) => String(Number(patch) + 1));
    browser = await launch(await buildVersion(name, scratch, next));
    expect(await installedVersion(browser)).toBe(next);

    const options = await browser.openExtensionPage('options.html');
    await options.waitFor('[data-list="e2e-upgrade"][data-list-enabled="true"]');
    await options.waitFor('[data-list="pilpres-2024"][data-list-enabled="true"]');
    expect(await options.evaluate('document.querySelector(\'input[name="language"][value="id"]\').checked')).toBe(true);
    await options.waitFor('html[lang="id"]');

    const history = await browser.openExtensionPage('history.html');
    await history.waitFor('table[aria-busy="false"]');
    for (const row of ROWS) expect(await history.count(row)).toBe(1);
    expect(await history.count('[data-history-entry]')).toBe(ROWS.length);

    // The imported list is live again, not only listed.
    const home = await browser.openPage(HOME);
    await home.waitFor(markerFor('x:kompascom'));
    await home.click(tweetButton(KOMPAS_POST, 'like'));
    await waitForWarning(home, 'x:kompascom', 'like');
    await cancelWithButton(home);
    expect(browser.requestsOutsideReplicas()).toEqual([]);
  });
});
