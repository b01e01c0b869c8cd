import type { Page } from 'playwright-core';
import { alternating, summarise, type Result } from '../measure';
import { FEED_POSTS, postCells } from './feed';
import { measureMainThread, type FeedTab } from './feed-scroll';
import { extensionScript } from './extension-script';
import { FLOOR_CALLS, installFloor } from './floor-observer';

/** Half of them traced: the median of five traced rounds moved with the machine's load by more than the target's margin. */
const ROUNDS = 20;
const POSTS = 200;
/** X's timeline loads about twenty posts at a time. */
const BATCH = 20;

/**
 * Parses the next POSTS posts into a template first, so the timed window
 * holds only what differs between the browsers: appending them (the same in
 * both) and whatever the extension does about them.
 */
async function stage(page: Page, html: string): Promise<void> {
  await page.evaluate((cells) => {
    const template = document.createElement('template');
    template.innerHTML = cells;
    (window as unknown as { __benchStaged: Element[] }).__benchStaged = [...template.content.children];
  }, html);
}

/** Appends the staged posts to the timeline, BATCH per frame, like infinite scroll. */
function appendStaged(page: Page): Promise<unknown> {
  return page.evaluate(
    (batch) =>
      new Promise<void>((resolve) => {
        const staged = (window as unknown as { __benchStaged: Element[] }).__benchStaged;
        const timeline = document.querySelector('[data-testid="cellInnerDiv"]')!.parentElement!;
        const next = () => {
          timeline.append(...staged.splice(0, batch));
          if (staged.length) requestAnimationFrame(next);
          else resolve();
        };
        requestAnimationFrame(next);
      }),
    BATCH,
  );
}

/** Until two frames after the append: time for anything the extension does about it afterwards. */
const appendedAndSettled = (page: Page) => async () => {
  await appendStaged(page);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
};

/**
 * The extension's work per appended post, two ways, on the same posts in the
 * same page state. The target's figure: the extension's own script, from a
 * trace of the tab (extensionScript), divided by POSTS. Beside it, the extra
 * main-thread script with the extension minus without (CDP ScriptDuration
 * in two browsers), which would also catch work the extension causes the
 * page to do, but is the difference of two noisy totals. And the floor: in
 * the traced rounds the tab without the extension runs a bare observer that
 * only reads each post's author (floor-observer.ts), traced the same way on
 * the same posts, so the figure can be set against what reading X costs any
 * content script on this machine and browser.
 */
export async function perPostWork(tabs: Record<'with' | 'without', FeedTab>): Promise<Result[]> {
  const countMarkers = () => tabs.with.page.evaluate(() => document.querySelectorAll('jaga-netral-marker').length);
  const markedBefore = await countMarkers();
  const floor = await installFloor(tabs.without.page);
  const perPost: number[] = [];
  const floorPerPost: number[] = [];
  const extra: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const html = postCells(FEED_POSTS + round * POSTS, POSTS);
    await stage(tabs.with.page, html);
    await stage(tabs.without.page, html);
    // Traced in alternate rounds only, tracing slows the tab it records; the
    // page without the extension gets the same posts either way.
    if (round % 2 === 0) {
      // The floor observes only while traced: the other rounds compare the
      // tab without the extension as it is.
      await floor.start();
      const [own, least] = await alternating(
        round / 2,
        () => extensionScript(tabs.with.page, appendedAndSettled(tabs.with.page)),
        () => extensionScript(tabs.without.page, appendedAndSettled(tabs.without.page), FLOOR_CALLS),
      );
      await floor.stop();
      perPost.push((own.ms * 1000) / POSTS);
      floorPerPost.push((least.ms * 1000) / POSTS);
    } else {
      const script = async (tab: FeedTab) => (await measureMainThread(tab, () => appendStaged(tab.page))).script;
      const withExtension = await script(tabs.with);
      extra.push(((withExtension - (await script(tabs.without))) * 1000) / POSTS);
    }
  }
  const markers = (await countMarkers()) - markedBefore;
  const expected = (ROUNDS * POSTS) / 10;
  const t = summarise(perPost);
  const f = summarise(floorPerPost);
  const overFloor = summarise(perPost.map((ms, i) => ms / floorPerPost[i]!));
  const e = summarise(extra);
  return [
    {
      what: `per-post work, ${POSTS} appended posts (the extension's script in a trace, median of ${perPost.length})`,
      measured: `${t.median.toFixed(1)} µs (${t.min.toFixed(1)}–${t.max.toFixed(1)})`,
      target: '≤ 10 µs',
      ok: t.median <= 10,
    },
    {
      what: `per-post: the floor, a bare observer reading each post's author and nothing more, traced the same way (median of ${floorPerPost.length})`,
      measured: `${f.median.toFixed(1)} µs (${f.min.toFixed(1)}–${f.max.toFixed(1)}); the extension ÷ the floor ${overFloor.median.toFixed(2)} (${overFloor.min.toFixed(2)}–${overFloor.max.toFixed(2)})`,
      target: 'informational: what any content script pays to read X posts here (floor-observer.ts)',
      ok: true,
    },
    {
      what: `per-post: extra main-thread script with vs without (median of ${extra.length})`,
      measured: `${e.median.toFixed(1)} µs (${e.min.toFixed(1)}–${e.max.toFixed(1)})`,
      target: 'informational: also counts what the page does differently, but noisier',
      ok: true,
    },
    {
      what: 'appended listed posts marked',
      measured: `${markers} of ${expected}`,
      target: `all ${expected}`,
      ok: markers >= expected,
    },
  ];
}
