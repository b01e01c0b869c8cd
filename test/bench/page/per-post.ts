import type { Page } from 'playwright-core';
import { summarise, type Result } from '../measure';
import { FEED_POSTS, postCells } from './feed';
import { measureMainThread, type FeedTab } from './feed-scroll';

const ROUNDS = 3;
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

/**
 * Extra main-thread script per appended post: CDP ScriptDuration over the
 * append (and the two frames after it, when the markers are added) with the
 * extension minus without, divided by POSTS. Same posts, same page state.
 */
export async function perPostWork(tabs: Record<'with' | 'without', FeedTab>): Promise<Result[]> {
  const countMarkers = () => tabs.with.page.evaluate(() => document.querySelectorAll('jaga-netral-marker').length);
  const markedBefore = await countMarkers();
  const perPost: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const html = postCells(FEED_POSTS + round * POSTS, POSTS);
    const scripts: number[] = [];
    for (const tab of [tabs.with, tabs.without]) {
      await stage(tab.page, html);
      scripts.push((await measureMainThread(tab, () => appendStaged(tab.page))).script);
    }
    perPost.push(((scripts[0]! - scripts[1]!) * 1000) / POSTS);
  }
  const markers = (await countMarkers()) - markedBefore;
  const expected = (ROUNDS * POSTS) / 10;
  const t = summarise(perPost);
  return [
    {
      what: `per-post work, ${POSTS} appended posts (extra script, median of ${ROUNDS})`,
      measured: `${t.median.toFixed(1)} µs (${t.min.toFixed(1)}–${t.max.toFixed(1)})`,
      target: '≤ 20 µs',
      ok: t.median <= 20,
    },
    {
      what: 'appended listed posts marked',
      measured: `${markers} of ${expected}`,
      target: `all ${expected}`,
      ok: markers >= expected,
    },
  ];
}
