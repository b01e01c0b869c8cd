import type { BrowserDriver, PageHandle } from '../../e2e/harness/driver';
import { alternating, summarise, type Result } from '../measure';
import { FEED_POSTS, FEED_URL } from './feed';
import { LISTED_POSTS, MARKED_POSTS, RESET_FEED, STEP_PX } from './feed-scroll';
import type { FirefoxPair } from './firefox-browsers';
import { LONG_FRAME_MS, scrollToBottomTimed, type FrameWork } from './frame-work';

/**
 * Fewer than Chromium's: each Firefox scroll is paced by its 60 Hz refresh
 * driver, and the ratio's spread over the rounds is printed beside it.
 */
export const FIREFOX_ROUNDS = 5;

/** The feed, with the marker count installed once it has loaded (each round starts from a reset, which clears it). */
async function openFeed(browser: BrowserDriver): Promise<PageHandle> {
  const page = await browser.openPage(FEED_URL);
  await page.evaluate(`(() => { ${MARKED_POSTS}; return true; })()`);
  await new Promise((resolve) => setTimeout(resolve, 500));
  return page;
}

/** Polled rarely: each look is a task on the page's main thread, the same on both sides. */
const POLL_MS = 500;
const SCROLL_TIMEOUT_MS = 300_000;

/**
 * One timed scroll from the top. The harness gives a BiDi command 15 s and a
 * scroll takes longer under load, so it is started, and its result looked for.
 */
async function scroll(page: PageHandle): Promise<FrameWork> {
  await page.evaluate(RESET_FEED);
  await page.evaluate(`(() => {
    window.__benchScrolled = null;
    ${scrollToBottomTimed(STEP_PX)}.then((frames) => (window.__benchScrolled = frames));
    return true;
  })()`);
  const deadline = Date.now() + SCROLL_TIMEOUT_MS;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const frames = await page.evaluate<FrameWork | null>('window.__benchScrolled');
    if (frames) return frames;
    if (Date.now() > deadline) throw new Error(`Firefox: the feed did not scroll to its end within ${SCROLL_TIMEOUT_MS / 1000} s`);
  }
}

const longFrames = (long: number[]) => `${long.length}${long.length ? ` (longest ${Math.max(...long).toFixed(0)} ms)` : ''}`;

/**
 * The 2,000-post virtualised feed in Firefox ESR with and without the
 * extension, FIREFOX_ROUNDS top-to-bottom scrolls each, alternating which
 * goes first. Firefox has no trace of script time to read, so the figure is
 * the frames' main-thread work timed in the page (scrollToBottomTimed):
 * script, style, layout and paint of every scroll frame, from its scroll
 * event to the task after it.
 */
export async function firefoxFeedScroll(firefox: FirefoxPair): Promise<Result[]> {
  const withExt = await openFeed(firefox.with);
  const without = await openFeed(firefox.without);
  try {
    const ratios: number[] = [];
    const work = { with: [] as number[], without: [] as number[] };
    const long = { with: [] as number[], without: [] as number[] };
    const marked: number[] = [];
    let frames = 0;
    for (let round = 0; round < FIREFOX_ROUNDS; round++) {
      const [a, b] = await alternating(round, () => scroll(withExt), () => scroll(without));
      marked.push(await withExt.evaluate<number>('window.__benchMarked.size'));
      ratios.push(a.work / b.work);
      work.with.push(a.work);
      work.without.push(b.work);
      long.with.push(...a.long);
      long.without.push(...b.long);
      frames = a.frames;
    }
    const ratio = summarise(ratios);
    return [
      {
        what: `Firefox ESR: feed scroll, ${FEED_POSTS} posts: frame work with/without (in-page timers, median of ${FIREFOX_ROUNDS})`,
        measured: `${ratio.median.toFixed(2)} (${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)}; median ${summarise(work.with).median.toFixed(0)} vs ${summarise(work.without).median.toFixed(0)} ms over ${frames} frames)`,
        target: '≤ 1.05',
        ok: ratio.median <= 1.05,
      },
      {
        what: `Firefox ESR: feed scroll: frames over ${LONG_FRAME_MS} ms with vs without (all ${FIREFOX_ROUNDS} rounds)`,
        measured: `${longFrames(long.with)} vs ${longFrames(long.without)}`,
        target: 'informational: Firefox has no Long Tasks API; stalls as the page sees them',
        ok: true,
      },
      {
        what: 'Firefox ESR: feed scroll: listed posts marked on the way down (fewest of the rounds)',
        measured: `${Math.min(...marked)} of ${LISTED_POSTS}`,
        target: `all ${LISTED_POSTS}`,
        ok: Math.min(...marked) === LISTED_POSTS,
      },
    ];
  } finally {
    await Promise.all([withExt.close(), without.close()]);
  }
}
