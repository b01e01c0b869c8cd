import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPage, launchChromiumContext, PHONE_VIEWPORT, type ChromiumContext } from './harness/chromium';
import { deepQuery, firstMatch, type PageHandle } from './harness/driver';
import { article, FEED } from './instagram-replica';
import { HOME, LISTED_TWEET, tweetButton } from './x-replica';
import { replicaLog, waitForWarning, WARNING, warningButton } from './warning-contract';

/**
 * On a phone: Chromium's device emulation (360 × 640, touch, mobile viewport)
 * with the built extension. Taps are touch input the browser turns into
 * clicks and double-clicks itself, so they are held exactly as a mouse's.
 * Chromium only: Firefox ESR on Linux has no touch emulation to drive.
 */

let chromium: ChromiumContext;
beforeAll(async () => {
  chromium = await launchChromiumContext({ phone: true });
});
afterAll(async () => {
  await chromium?.close();
});

async function openPhone(url: string): Promise<{ page: Page; handle: PageHandle }> {
  const page = await chromium.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return { page, handle: chromiumPage(page) };
}

/** The centre of the first match (looking into shadow roots), in CSS pixels of the viewport. */
async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = JSON.parse(
    await page.evaluate(`(() => {
      const el = ${firstMatch(selector)};
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return JSON.stringify({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    })()`),
  ) as { x: number; y: number };
  return box;
}

/**
 * Real touch input through the browser's input pipeline (touchstart and
 * touchend; the browser makes the click, and of two quick taps the
 * double-click): one tap, or two in quick succession.
 */
async function tap(page: Page, selector: string, taps: 1 | 2 = 1): Promise<void> {
  const { x, y } = await centreOf(page, selector);
  for (let i = 0; i < taps; i++) await page.touchscreen.tap(x, y);
}

/** Every rectangle of the warning and its buttons, to check they lie inside the phone's screen. */
async function warningBoxes(handle: PageHandle) {
  return handle.evaluate<{ name: string; top: number; left: number; bottom: number; right: number }[]>(
    `['${WARNING}', '${warningButton('cancel')}', '${warningButton('proceed')}'].map((css) => {
      const r = ${deepQuery('__CSS__').replace('"__CSS__"', 'css')}[0].getBoundingClientRect();
      return { name: css, top: r.top, left: r.left, bottom: r.bottom, right: r.right };
    })`,
  );
}

describe('on a phone (Chromium touch emulation, 360 × 640)', () => {
  it('holds a tap on Like of a listed post, and the warning fits the screen with both buttons in reach', async () => {
    const { page, handle } = await openPhone(HOME);
    await tap(page, tweetButton(LISTED_TWEET, 'like'));
    await waitForWarning(handle, 'x:aniesbaswedan', 'like');
    for (const box of await warningBoxes(handle)) {
      expect(box.top, box.name).toBeGreaterThanOrEqual(0);
      expect(box.left, box.name).toBeGreaterThanOrEqual(0);
      expect(box.bottom, box.name).toBeLessThanOrEqual(PHONE_VIEWPORT.height);
      expect(box.right, box.name).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
    }
    // Tapped, not clicked: the buttons answer touch where they are drawn.
    await tap(page, warningButton('cancel'));
    await handle.waitForNone(WARNING);
    expect(await replicaLog(handle)).toEqual([]);

    await tap(page, tweetButton(LISTED_TWEET, 'like'));
    await waitForWarning(handle, 'x:aniesbaswedan', 'like');
    await tap(page, warningButton('proceed'));
    await handle.waitForNone(WARNING);
    expect(await handle.waitUntil(`window.__replicaLog.length === 1 && window.__replicaLog`)).toEqual([
      expect.objectContaining({ action: 'like', account: 'aniesbaswedan' }),
    ]);
    await page.close();
  });

  it('holds a double tap on a listed post’s photo as the double-click it becomes, inside the screen', async () => {
    const { page, handle } = await openPhone(FEED);
    await tap(page, `${article('C1feedAnies1')} ._aagw`, 2);
    await waitForWarning(handle, 'instagram:aniesbaswedan', 'like');
    for (const box of await warningBoxes(handle)) {
      expect(box.top, box.name).toBeGreaterThanOrEqual(0);
      expect(box.bottom, box.name).toBeLessThanOrEqual(PHONE_VIEWPORT.height);
      expect(box.right, box.name).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
    }
    await tap(page, warningButton('cancel'));
    await handle.waitForNone(WARNING);
    expect(await replicaLog(handle)).toEqual([]);
    await page.close();
  });

  it('lets a tap on an unlisted post through at once', async () => {
    const { page, handle } = await openPhone(HOME);
    await tap(page, tweetButton('1790000000000000002', 'like'));
    expect(await handle.waitUntil(`window.__replicaLog.length === 1 && window.__replicaLog`)).toEqual([
      expect.objectContaining({ action: 'like', account: 'kompascom' }),
    ]);
    expect(await handle.count(WARNING)).toBe(0);
    await page.close();
  });

  it('made no request outside the replicas', () => {
    expect(chromium.outside).toEqual([]);
  });
});
