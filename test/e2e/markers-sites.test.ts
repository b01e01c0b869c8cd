import { describe, expect, it } from 'vitest';
import * as facebook from './facebook-replica';
import { firstMatch } from './harness/driver';
import { describeInEachBrowser } from './harness/each-browser';
import * as instagram from './instagram-replica';
import * as threads from './threads-replica';
import * as tiktok from './tiktok-replica';
import { expectHeldThenCancel, markedWithin, markerFor } from './warning-contract';
import { HOME, LISTED_TWEET, tweetArticle, tweetButton } from './x-replica';
import * as youtube from './youtube-replica';

/**
 * Passive markers on the X, Threads, Instagram, Facebook, YouTube and TikTok
 * replicas, and on posts each feed loads later, in both browsers with the
 * built extension.
 */

/** A page and the account whose marker it shows (or must not show). */
type Shown = readonly [url: string, account: string];

interface MarkedSite {
  name: string;
  /** A page with a post by a listed account: the post (a selector) and its account. */
  feed: string;
  listedPost: string;
  listed: string;
  unlisted: Shown;
  profile: Shown;
  /** A listed account the user already follows (or subscribes to). */
  followed: Shown;
}

const SITES: readonly MarkedSite[] = [
  {
    name: 'Threads',
    feed: threads.FEED,
    listedPost: threads.post(threads.ANIES_POST),
    listed: 'threads:aniesbaswedan',
    unlisted: [threads.FEED, 'threads:kompascom'],
    profile: [threads.PROFILE_ANIES, 'threads:aniesbaswedan'],
    followed: [threads.PROFILE_PRABOWO_FOLLOWED, 'threads:prabowo'],
  },
  {
    name: 'Instagram',
    feed: instagram.FEED,
    listedPost: instagram.article(instagram.ANIES_POST),
    listed: 'instagram:aniesbaswedan',
    unlisted: [instagram.FEED, 'instagram:kompascom'],
    profile: [instagram.PROFILE_ANIES, 'instagram:aniesbaswedan'],
    followed: [instagram.PROFILE_PRABOWO_FOLLOWED, 'instagram:prabowo'],
  },
  {
    name: 'Facebook',
    feed: facebook.FEED,
    listedPost: facebook.post(facebook.ANIES_POST),
    listed: 'facebook:aniesbaswedan',
    unlisted: [facebook.FEED, 'facebook:kompascom'],
    profile: [facebook.PAGE_LISTED, 'facebook:aniesbaswedan'],
    followed: [facebook.PROFILE_NUMERIC, 'facebook:100044123456789'],
  },
  {
    name: 'YouTube',
    feed: youtube.WATCH,
    listedPost: 'ytd-watch-metadata',
    listed: 'youtube:@aniesbaswedan',
    unlisted: [youtube.WATCH_UNLISTED, 'youtube:@kompascom'],
    profile: [youtube.CHANNEL_LISTED, 'youtube:@aniesbaswedan'],
    followed: [youtube.CHANNEL_SUBSCRIBED, 'youtube:@prabowo'],
  },
  {
    name: 'TikTok',
    feed: tiktok.FORYOU,
    listedPost: tiktok.item(tiktok.ANIES),
    listed: 'tiktok:aniesbaswedan',
    unlisted: [tiktok.FORYOU, 'tiktok:kompascom'],
    profile: [tiktok.PROFILE_LISTED, 'tiktok:aniesbaswedan'],
    followed: [tiktok.PROFILE_FOLLOWED, 'tiktok:prabowo'],
  },
];

/** A feed whose replica appends a listed author's post on window.__replicaLoadMore(), resolving to its id. */
interface LazyFeed {
  name: string;
  feed: string;
  account: string;
  post(id: string): string;
  like(id: string): string;
}

const LAZY_FEEDS: readonly LazyFeed[] = [
  { name: 'X', feed: HOME, account: 'x:aniesbaswedan', post: tweetArticle, like: (id) => tweetButton(id, 'like') },
  {
    name: 'Threads',
    feed: threads.FEED,
    account: 'threads:aniesbaswedan',
    post: threads.post,
    like: (code) => threads.postControl(code, 'Like'),
  },
  {
    name: 'Instagram',
    feed: instagram.FEED,
    account: 'instagram:aniesbaswedan',
    post: instagram.article,
    like: (code) => instagram.icon(code, 'Like'),
  },
  { name: 'Facebook', feed: facebook.FEED, account: 'facebook:aniesbaswedan', post: facebook.post, like: facebook.like },
  {
    name: 'TikTok',
    feed: tiktok.FORYOU,
    account: 'tiktok:aniesbaswedan',
    post: tiktok.item,
    like: (video) => tiktok.button(tiktok.item(video), 'like-icon'),
  },
];

const LISTED_ARTICLE = tweetArticle(LISTED_TWEET);

describeInEachBrowser(
  'passive markers on every site',
  ({ openPage, openExtensionPage }) => {
    it.each(SITES)("$name: labels a listed author's post, and no unlisted one", async ({ feed, listedPost, listed, unlisted }) => {
      const [url, account] = unlisted;
      // Opened first: once the listed post is marked, the page opened before it has been looked at too.
      const other = url === feed ? null : await openPage(url);
      const page = await openPage(feed);
      await page.waitUntil(markedWithin(listedPost, listed));
      expect(await (other ?? page).count(markerFor(account))).toBe(0);
    });

    it.each(SITES)("$name: marks a listed profile, and notes the pact when it is already followed", async ({ profile, followed }) => {
      const listedProfile = await openPage(profile[0]);
      await listedProfile.waitFor(markerFor(profile[1]));
      expect(await listedProfile.count(`${markerFor(profile[1])}[data-followed]`)).toBe(0);
      const followedProfile = await openPage(followed[0]);
      await followedProfile.waitFor(`${markerFor(followed[1])}[data-followed="true"]`);
    });

    it.each(SITES)("$name: the marked post keeps its height with markers off", async ({ feed, listedPost, listed }) => {
      const page = await openPage(feed);
      await page.waitUntil(markedWithin(listedPost, listed));
      const height = () => page.evaluate<number>(`${firstMatch(listedPost)}.getBoundingClientRect().height`);
      const withMarker = await height();

      const options = await openExtensionPage('options.html');
      await options.click('input[name="markers"]');
      try {
        await page.waitForNone(markerFor(listed));
        expect(await height()).toBe(withMarker);
      } finally {
        await options.click('input[name="markers"]');
      }
      await page.waitFor(markerFor(listed));
    });

    it.each(LAZY_FEEDS)('$name: marks a post the feed loads later, and holds its like', async ({ feed, account, post, like }) => {
      const page = await openPage(feed);
      await page.waitFor(markerFor(account));
      const id = await page.evaluate<string>('window.__replicaLoadMore()');
      await page.waitUntil(markedWithin(post(id), account));
      await page.click(like(id));
      await expectHeldThenCancel(page, account, 'like');
    });

    describe('on X', () => {
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
  },
  {
    async setup(session) {
      for (const importSiteList of [
        threads.importThreadsList,
        facebook.importFacebookList,
        youtube.importYouTubeList,
        tiktok.importTikTokList,
      ]) {
        await importSiteList(session);
      }
    },
  },
);
