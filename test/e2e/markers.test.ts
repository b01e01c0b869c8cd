import { expect, it } from 'vitest';
import { firstMatch } from './harness/driver';
import { describeInEachBrowser } from './harness/each-browser';
import { markerFor } from './warning-contract';
import { HOME, LISTED_TWEET, tweetArticle } from './x-replica';

/** Passive markers on the X replicas, in both browsers with the built extension. */

const LISTED_ARTICLE = tweetArticle(LISTED_TWEET);

describeInEachBrowser('passive markers', ({ openPage, openExtensionPage }) => {
  it('labels posts of listed accounts in the feed, and no others', async () => {
    const page = await openPage(HOME);
    await page.waitFor(markerFor('x:aniesbaswedan'));
    expect(await page.count(markerFor('x:prabowo'))).toBeGreaterThanOrEqual(1);
    expect(await page.count(markerFor('x:kompascom'))).toBe(0);
    expect(await page.count(markerFor('x:detikcom'))).toBe(0);
  });

  it("marks a listed account's profile, and notes the pact when it is already followed", async () => {
    const profile = await openPage('https://x.com/aniesbaswedan');
    await profile.waitFor(markerFor('x:aniesbaswedan'));
    expect(await profile.count(`${markerFor('x:aniesbaswedan')}[data-followed]`)).toBe(0);

    const followed = await openPage('https://x.com/prabowo');
    await followed.waitFor(`${markerFor('x:prabowo')}[data-followed="true"]`);
  });

  it("marks the profile header of a listed account reached by X's in-page navigation from the feed", async () => {
    const page = await openPage(HOME);
    await page.waitFor(markerFor('x:aniesbaswedan'));
    await page.evaluate('(window.__sameDocument = true)');
    await page.click(`${LISTED_ARTICLE} [data-testid="User-Name"] a[href="/AniesBaswedan"]`);
    await page.waitFor('[data-testid="UserName"] jaga-netral-marker');
    expect(await page.evaluate('[location.pathname, window.__sameDocument]')).toEqual(['/AniesBaswedan', true]);
  });

  it('can be switched off and on from the options page, live, without moving the feed', async () => {
    const page = await openPage(HOME);
    await page.waitFor(markerFor('x:aniesbaswedan'));
    const height = () => page.evaluate<number>(`${firstMatch(LISTED_ARTICLE)}.getBoundingClientRect().height`);
    const withMarker = await height();

    const options = await openExtensionPage('options.html');
    await options.click('input[name="markers"]');
    await page.waitForNone(markerFor('x:aniesbaswedan'));
    expect(await height()).toBe(withMarker);

    await options.click('input[name="markers"]');
    await page.waitFor(markerFor('x:aniesbaswedan'));
  });
});
