import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness/chromium';
import { launchFirefox } from './harness/firefox';
import { firstMatch, type BrowserDriver, type LaunchDriver, type PageHandle } from './harness/driver';
import { HOME, LISTED_TWEET } from './x-replica';

/** Passive markers on the X replicas, in both browsers with the built extension. */

const marker = (account: string) => `[data-marker="listed"][data-account="${account}"]`;
const LISTED_ARTICLE = `article[data-testid="tweet"]:has(a[href*="/status/${LISTED_TWEET}"])`;

describe.each<[string, LaunchDriver]>([
  ['chromium', launchChromium],
  ['firefox', launchFirefox],
])('passive markers on %s', (_name, launch) => {
  let browser: BrowserDriver;
  const open: PageHandle[] = [];
  const openPage = async (url: string) => {
    const page = await browser.openPage(url);
    open.push(page);
    return page;
  };

  beforeAll(async () => {
    browser = await launch();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((page) => page.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('labels posts of listed accounts in the feed, and no others', async () => {
    const page = await openPage(HOME);
    await page.waitFor(marker('x:aniesbaswedan'));
    expect(await page.count(marker('x:prabowo'))).toBeGreaterThanOrEqual(1);
    expect(await page.count(marker('x:kompascom'))).toBe(0);
    expect(await page.count(marker('x:detikcom'))).toBe(0);
  });

  it("marks a listed account's profile, and notes the pact when it is already followed", async () => {
    const profile = await openPage('https://x.com/aniesbaswedan');
    await profile.waitFor(marker('x:aniesbaswedan'));
    expect(await profile.count(`${marker('x:aniesbaswedan')}[data-followed]`)).toBe(0);

    const followed = await openPage('https://x.com/prabowo');
    await followed.waitFor(`${marker('x:prabowo')}[data-followed="true"]`);
  });

  it('can be switched off and on from the options page, live, without moving the feed', async () => {
    const page = await openPage(HOME);
    await page.waitFor(marker('x:aniesbaswedan'));
    const height = () => page.evaluate<number>(`${firstMatch(LISTED_ARTICLE)}.getBoundingClientRect().height`);
    const withMarker = await height();

    const options = await browser.openExtensionPage('options.html');
    open.push(options);
    await options.click('input[name="markers"]');
    await page.waitForNone(marker('x:aniesbaswedan'));
    expect(await height()).toBe(withMarker);

    await options.click('input[name="markers"]');
    await page.waitFor(marker('x:aniesbaswedan'));
  });

  it('made no request outside the replicas', () => {
    expect(browser.requestsOutsideReplicas()).toEqual([]);
  });
});
