import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness/chromium';
import type { BrowserDriver, LaunchDriver, PageHandle } from './harness/driver';
import { launchFirefox } from './harness/firefox';
import { cancelWithEscape, waitForWarning, WARNING, warningButton, type Intent } from './x-replica';

/** The Instagram guard end to end, on the replicas, in both browsers with the built extension. */

const FEED = 'https://www.instagram.com/';
const FEED_ID = 'https://www.instagram.com/?hl=id';

interface ReplicaAction {
  action: string;
  account: string;
  post?: string;
  via: string;
}

const article = (code: string) => `article:has(a[href="/p/${code}/"])`;
const icon = (code: string, label: string) => `${article(code)} [role="button"]:has(> div > span > svg[aria-label="${label}"][height="24"])`;
const log = (page: PageHandle) => page.evaluate<ReplicaAction[]>('window.__replicaLog');
const logged = (page: PageHandle, n: number) =>
  page.waitUntil<ReplicaAction[]>(`window.__replicaLog.length >= ${n} && window.__replicaLog`);

async function expectHeldThenCancel(page: PageHandle, account: string, intent: Intent): Promise<void> {
  await waitForWarning(page, account, intent);
  await cancelWithEscape(page);
  expect(await log(page)).toEqual([]);
}

describe.each<[string, LaunchDriver]>([
  ['chromium', launchChromium],
  ['firefox', launchFirefox],
])('Instagram guard on %s', (_name, launch) => {
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

  it('holds a like on a listed author, cancels it, then replays it once on proceed', async () => {
    const page = await openPage(FEED);
    const like = icon('C1feedAnies1', 'Like');
    await page.click(like);
    await waitForWarning(page, 'instagram:aniesbaswedan', 'like');
    await page.click(warningButton('cancel'));
    await page.waitForNone(WARNING);
    expect(await log(page)).toEqual([]);

    await page.click(like);
    await waitForWarning(page, 'instagram:aniesbaswedan', 'like');
    await page.click(warningButton('proceed'));
    await page.waitForNone(WARNING);
    expect(await logged(page, 1)).toEqual([
      { action: 'like', account: 'aniesbaswedan', post: 'C1feedAnies1', via: 'click' },
    ]);
    expect(await page.count(icon('C1feedAnies1', 'Unlike'))).toBe(1);
  });

  it('holds a like on the Indonesian feed', async () => {
    const page = await openPage(FEED_ID);
    await page.click(icon('C1feedAnies1', 'Suka'));
    await expectHeldThenCancel(page, 'instagram:aniesbaswedan', 'like');
  });

  it('holds a double-click on a listed post’s photo, and replays it as one like', async () => {
    const page = await openPage(FEED);
    await page.dblclick(`${article('C1feedAnies1')} ._aagw`);
    await waitForWarning(page, 'instagram:aniesbaswedan', 'like');
    await page.click(warningButton('proceed'));
    await page.waitForNone(WARNING);
    expect(await logged(page, 1)).toEqual([
      { action: 'like', account: 'aniesbaswedan', post: 'C1feedAnies1', via: 'click' },
    ]);
  });

  it("holds a follow on a listed account's profile page", async () => {
    const page = await openPage('https://www.instagram.com/aniesbaswedan/');
    await page.click('header button');
    await expectHeldThenCancel(page, 'instagram:aniesbaswedan', 'follow');
  });

  it('holds a follow from a "Suggested for you" card', async () => {
    const page = await openPage(FEED);
    await page.click('[data-suggestions] ._aa_y:has(a[href="/prabowo/"]) button');
    await expectHeldThenCancel(page, 'instagram:prabowo', 'follow');
  });

  it('holds Enter in a listed post’s comment box; proceed posts the comment once', async () => {
    const page = await openPage(FEED);
    await page.focus(`${article('C1feedAnies1')} form textarea`);
    await page.press('Enter');
    await waitForWarning(page, 'instagram:aniesbaswedan', 'comment');
    await page.click(warningButton('proceed'));
    await page.waitForNone(WARNING);
    expect(await logged(page, 1)).toEqual([
      { action: 'comment', account: 'aniesbaswedan', post: 'C1feedAnies1', text: 'Semangat terus, Pak!', via: 'click' },
    ]);
  });

  it('holds the send (share) button and the repost button', async () => {
    const page = await openPage(FEED);
    await page.click(icon('C1feedAnies1', 'Share Post'));
    await expectHeldThenCancel(page, 'instagram:aniesbaswedan', 'share');
    await page.click(icon('C1feedAnies1', 'Repost'));
    await expectHeldThenCancel(page, 'instagram:aniesbaswedan', 'share');
  });

  it('lets unlisted accounts and undo actions through untouched', async () => {
    const page = await openPage(FEED);
    await page.click(icon('C2feedKompas', 'Like'));
    await page.click(icon('C3feedGanjar', 'Unlike'));
    await page.click(icon('C3feedGanjar', 'Repost'));
    expect(await logged(page, 3)).toEqual([
      expect.objectContaining({ action: 'like', account: 'kompascom' }),
      expect.objectContaining({ action: 'unlike', account: 'ganjar_pranowo' }),
      expect.objectContaining({ action: 'unrepost', account: 'ganjar_pranowo' }),
    ]);
    expect(await page.count(WARNING)).toBe(0);
  });

  it('never interrupts unfollowing a listed account', async () => {
    const page = await openPage('https://www.instagram.com/prabowo/');
    await page.click('header button');
    expect(await logged(page, 1)).toEqual([{ action: 'unfollow', account: 'prabowo', via: 'click' }]);
    expect(await page.count(WARNING)).toBe(0);
  });

  it('made no request outside the replicas', () => {
    expect(browser.requestsOutsideReplicas()).toEqual([]);
  });
});
