import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPage, launchChromiumContext, type ChromiumContext } from '../harness/chromium';
import type { PageHandle } from '../harness/driver';
import { waitForWarning, WARNING } from '../warning-contract';
import { HOME, LISTED_TWEET, tweetButton } from '../x-replica';

/**
 * The background service worker is stopped, through the DevTools protocol,
 * while decisions are on their way to the history: before the message
 * arrives, while the worker starts, while it writes, after it wrote. The tab
 * retries each decision with the id it chose, so each one is stored exactly
 * once.
 *
 * Chromium only: Firefox runs this extension's MV2 background as a
 * persistent page, which the browser does not stop while it runs, so the
 * fault does not arise there.
 */

const TABS = 3;
/** ms between the decisions leaving the tabs and the worker being stopped: one round each. */
const KILL_DELAYS = [0, 2, 5, 10, 20, 30, 45, 60, 80, 100, 130, 160, 200, 260];
const DECISIONS = TABS * KILL_DELAYS.length;

let browser: ChromiumContext;
let devtools: CDPSession;
let tabs: { page: Page; handle: PageHandle }[];
let store: Page;
/** The worker's state as DevTools last reported it. */
let workerState = 'unknown';
/** The worker's state at each kill. */
const killedWhile: string[] = [];

/** The stored decisions, read from IndexedDB by an extension page (no message to the worker). */
const storedIds = () =>
  store.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('jaga-netral-history');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const records = await new Promise<{ id: string; account: string; decision: string }[]>((resolve, reject) => {
      const request = db.transaction('decisions').objectStore('decisions').getAll();
      request.onsuccess = () => resolve(request.result as { id: string; account: string; decision: string }[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return records;
  });

async function waitForStored(count: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  while ((await storedIds()).length < count) {
    if (Date.now() > deadline) throw new Error(`only ${(await storedIds()).length} of ${count} decisions stored after 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('service worker stopped during history writes on chromium', () => {
  beforeAll(async () => {
    browser = await launchChromiumContext();
    store = await browser.context.newPage();
    await store.goto(`${browser.extensionOrigin}/popup.html`);
    devtools = await browser.context.newCDPSession(store);
    devtools.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions) {
        if (version.scriptURL.startsWith(`${browser.extensionOrigin}/`)) workerState = version.runningStatus;
      }
    });
    await devtools.send('ServiceWorker.enable');
    tabs = await Promise.all(
      Array.from({ length: TABS }, async () => {
        const page = await browser.context.newPage();
        await page.goto(HOME, { waitUntil: 'load' });
        return { page, handle: chromiumPage(page) };
      }),
    );
  });
  afterAll(async () => {
    await browser?.close();
  });

  it(`stores each of ${DECISIONS} decisions exactly once across ${KILL_DELAYS.length} worker kills`, async () => {
    const like = tweetButton(LISTED_TWEET, 'like');
    for (const [round, delay] of KILL_DELAYS.entries()) {
      for (const { page, handle } of tabs) {
        // A hidden tab does not paint, and the warning waits for a frame.
        await page.bringToFront();
        await handle.click(like);
        await waitForWarning(handle, 'x:aniesbaswedan', 'like');
      }
      await Promise.all([
        ...tabs.map(({ page }) => page.keyboard.press('Escape')),
        new Promise((resolve) => setTimeout(resolve, delay)).then(() => {
          killedWhile.push(workerState);
          return devtools.send('ServiceWorker.stopAllWorkers');
        }),
      ]);
      // The warnings close on their own, whatever the worker is doing.
      for (const { handle } of tabs) await handle.waitForNone(WARNING);
      // A round's retries land before the next kill, which could otherwise catch them too.
      await waitForStored(TABS * (round + 1));
    }
    const stored = await storedIds();
    expect(stored).toHaveLength(DECISIONS);
    expect(new Set(stored.map((record) => record.id)).size).toBe(DECISIONS);
    expect(stored.every((record) => record.account === 'x:aniesbaswedan' && record.decision === 'cancelled')).toBe(true);
    // The kills hit a worker that was starting or handling the decisions,
    // not only one already stopped.
    expect(killedWhile.filter((state) => state === 'starting' || state === 'running').length).toBeGreaterThanOrEqual(KILL_DELAYS.length / 2);
  });

  it('is still found exactly once by the history page after the last restart', async () => {
    const history = await browser.context.newPage();
    await history.goto(`${browser.extensionOrigin}/history.html`);
    const page = chromiumPage(history);
    await page.waitFor('table[aria-busy="false"]');
    expect(await page.evaluate<string>(`document.querySelector('[data-count="cancelled"] dd').textContent`)).toBe(String(DECISIONS));
  });

  it('made no request outside the replicas', () => {
    expect(browser.outside).toEqual([]);
  });
});
