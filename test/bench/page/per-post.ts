import type { Page } from 'playwright-core';
import { summarise, type Result } from '../measure';
import { FEED_POSTS, postCells } from './feed';
import { measureMainThread, type FeedTab } from './feed-scroll';
import { extensionScript } from './extension-script';

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
 * page to do, but is the difference of two noisy totals.
 */
export async function perPostWork(tabs: Record<'with' | 'without', FeedTab>): Promise<Result[]> {
  const countMarkers = () => tabs.with.page.evaluate(() => document.querySelectorAll('jaga-netral-marker').length);
  const markedBefore = await countMarkers();
  const perPost: number[] = [];
  const extra: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const html = postCells(FEED_POSTS + round * POSTS, POSTS);
    await stage(tabs.with.page, html);
    await stage(tabs.without.page, html);
    // Traced in alternate rounds only, tracing slows the tab it records; the
    // page without the extension gets the same posts either way.
    if (round % 2 === 0) {
      perPost.push(((await extensionScript(tabs.with.page, appendedAndSettled(tabs.with.page))).ms * 1000) / POSTS);
      await appendStaged(tabs.without.page);
    } else {
      const script = async (tab: FeedTab) => (await measureMainThread(tab, () => appendStaged(tab.page))).script;
      const withExtension = await script(tabs.with);
      extra.push(((withExtension - (await script(tabs.without))) * 1000) / POSTS);
    }
  }
  const markers = (await countMarkers()) - markedBefore;
  const expected = (ROUNDS * POSTS) / 10;
  const t = summarise(perPost);
  const e = summarise(extra);
  return [
    {
      what: `per-post work, ${POSTS} appended posts (the extension's script in a trace, median of ${perPost.length})`,
      measured: `${t.median.toFixed(1)} µs (${t.min.toFixed(1)}–${t.max.toFixed(1)})`,
      target: '≤ 10 µs',
      ok: t.median <= 10,
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
