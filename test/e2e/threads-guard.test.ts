import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness/chromium';
import type { BrowserDriver, LaunchDriver, PageHandle } from './harness/driver';
import { launchFirefox } from './harness/firefox';
import {
  ANIES_LIKED_POST,
  ANIES_POST,
  FEED,
  FEED_COM,
  FEED_ID,
  KOMPAS_POST,
  POST_REPLY,
  PRABOWO_REPOST,
  PROFILE_ANIES,
  PROFILE_FOLLOW,
  PROFILE_FOLLOWING,
  PROFILE_PRABOWO_FOLLOWED,
  REPLY_POST_BUTTON,
  THREADS_LIST,
  postControl,
  type ThreadsReplicaAction,
} from './threads-replica';
import { cancelWithEscape, replicaLog, waitForWarning, WARNING, warningButton, type Intent } from './x-replica';

/** The Threads guard end to end, on the replicas, in both browsers with the built extension. */

const log = (page: PageHandle) => replicaLog(page) as unknown as Promise<ThreadsReplicaAction[]>;

/** Waits until the replica has logged `count` actions and returns them. */
const logged = (page: PageHandle, count: number) =>
  page.waitUntil<ThreadsReplicaAction[]>(`window.__replicaLog.length >= ${count} && window.__replicaLog`);

async function expectHeldThenCancel(page: PageHandle, account: string, intent: Intent): Promise<void> {
  await waitForWarning(page, account, intent);
  await cancelWithEscape(page);
  expect(await log(page)).toEqual([]);
}

/** Holds, cancels, then proceeds: the site sees the action exactly once. */
async function expectHeldThenProceedOnce(page: PageHandle, control: string, account: string, intent: Intent) {
  await page.click(control);
  await waitForWarning(page, account, intent);
  await page.click(warningButton('cancel'));
  await page.waitForNone(WARNING);
  expect(await log(page)).toEqual([]);

  await page.click(control);
  await waitForWarning(page, account, intent);
  await page.click(warningButton('proceed'));
  await page.waitForNone(WARNING);
  const actions = await logged(page, 1);
  expect(actions).toHaveLength(1);
  return actions[0];
}

describe.each<[string, LaunchDriver]>([
  ['chromium', launchChromium],
  ['firefox', launchFirefox],
])('Threads guard on %s', (_name, launch) => {
  let browser: BrowserDriver;
  const open: PageHandle[] = [];
  const openPage = async (url: string) => {
    const page = await browser.openPage(url);
    open.push(page);
    return page;
  };

  beforeAll(async () => {
    browser = await launch();
    const options = await browser.openExtensionPage('options.html');
    await options.setFile('input[type="file"][name="list-import"]', 'threads.json', THREADS_LIST);
    await options.waitFor('[data-import-status="ok"]');
    await options.close();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((page) => page.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('holds a like on a listed author, cancels it, then replays it once on proceed', async () => {
    const page = await openPage(FEED);
    const action = await expectHeldThenProceedOnce(page, postControl(ANIES_POST, 'Like'), 'threads:aniesbaswedan', 'like');
    expect(action).toEqual({ action: 'like', account: 'aniesbaswedan', post: ANIES_POST, via: 'click' });
    expect(await page.count(postControl(ANIES_POST, 'Unlike'))).toBe(1);
  });

  it('holds a like on the Indonesian feed and on threads.com', async () => {
    const id = await openPage(FEED_ID);
    await id.click(postControl(ANIES_POST, 'Suka'));
    await expectHeldThenCancel(id, 'threads:aniesbaswedan', 'like');
    const com = await openPage(FEED_COM);
    await com.click(postControl(PRABOWO_REPOST, 'Like'));
    await expectHeldThenCancel(com, 'threads:prabowo', 'like');
  });

  it("holds a follow on a listed account's profile page", async () => {
    const page = await openPage(PROFILE_ANIES);
    await page.click(PROFILE_FOLLOW);
    await expectHeldThenCancel(page, 'threads:aniesbaswedan', 'follow');
  });

  it('holds the "+" follow on a listed author’s avatar in the feed', async () => {
    const page = await openPage(FEED);
    await page.click(postControl(PRABOWO_REPOST, 'Follow'));
    await expectHeldThenCancel(page, 'threads:prabowo', 'follow');
  });

  it('holds a reply to a listed post, then posts it once on proceed', async () => {
    const page = await openPage(POST_REPLY);
    const action = await expectHeldThenProceedOnce(page, REPLY_POST_BUTTON, 'threads:aniesbaswedan', 'comment');
    expect(action).toEqual({ action: 'reply', account: 'aniesbaswedan', post: ANIES_POST, via: 'click' });
  });

  it('holds a repost of a listed author’s post (the reposted original), then opens the menu once on proceed', async () => {
    const page = await openPage(FEED);
    const action = await expectHeldThenProceedOnce(page, postControl(PRABOWO_REPOST, 'Repost'), 'threads:prabowo', 'share');
    expect(action).toEqual({ action: 'repost-menu', account: 'prabowo', post: PRABOWO_REPOST, via: 'click' });
    expect(await page.count('[role="menu"]')).toBe(1);
  });

  it('lets unlisted accounts and undo actions through untouched', async () => {
    const page = await openPage(FEED);
    await page.click(postControl(KOMPAS_POST, 'Like'));
    await page.click(postControl(ANIES_LIKED_POST, 'Unlike'));
    await page.click(postControl(ANIES_LIKED_POST, 'Unrepost'));
    expect(await logged(page, 3)).toEqual([
      { action: 'like', account: 'kompascom', post: KOMPAS_POST, via: 'click' },
      { action: 'unlike', account: 'aniesbaswedan', post: ANIES_LIKED_POST, via: 'click' },
      { action: 'unrepost', account: 'aniesbaswedan', post: ANIES_LIKED_POST, via: 'click' },
    ]);
    const profile = await openPage(PROFILE_PRABOWO_FOLLOWED);
    await profile.click(PROFILE_FOLLOWING);
    expect(await logged(profile, 1)).toEqual([{ action: 'unfollow', account: 'prabowo', via: 'click' }]);
    expect(await page.count(WARNING)).toBe(0);
    expect(await profile.count(WARNING)).toBe(0);
  });

  it('made no request outside the replicas', () => {
    expect(browser.requestsOutsideReplicas()).toEqual([]);
  });
});
