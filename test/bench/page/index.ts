import type { Result } from '../measure';
import { launchBenchBrowsers } from './browsers';
import { clickToWarning } from './click';
import { concurrentDecisions } from './decisions';
import { feedScroll } from './feed-scroll';
import { launchFirefoxPair, type FirefoxPair } from './firefox-browsers';
import { firefoxClickToWarning } from './firefox-click';
import { firefoxFeedScroll } from './firefox-feed';
import { historyPage } from './history-page';
import { importMillion } from './import-list';
import { perPostWork } from './per-post';
import { timed } from '../timed';

export const PAGE_BENCHMARKS = ['feed', 'per-post', 'click', 'decisions', 'history', 'import'] as const;
export type PageBenchmark = (typeof PAGE_BENCHMARKS)[number];

/**
 * The page benchmarks asked for, in real headless Chromium with and without
 * the built extension, each browser launched once for all of them; `feed`
 * and `click` also run in Firefox ESR, printed beside Chromium's. Order
 * matters: the 100,000 seeded entries come last so the 20 history tabs of the
 * concurrent-write run open on a small history.
 */
export async function pageBenchmarks(which: readonly PageBenchmark[]): Promise<Result[]> {
  if (which.length === 0) return [];
  const browsers = await launchBenchBrowsers();
  let firefox: FirefoxPair | undefined;
  const inFirefox = async () => (firefox ??= await timed('launch Firefox ESR with and without the extension', launchFirefoxPair));
  const results: Result[] = [];
  try {
    if (which.includes('feed') || which.includes('per-post')) {
      // The per-post run appends to the feed the scroll run loaded.
      const feed = await timed('feed (Chromium)', () => feedScroll(browsers));
      if (which.includes('feed')) results.push(...feed.results);
      if (which.includes('feed')) results.push(...(await timed('feed (Firefox ESR)', async () => firefoxFeedScroll(await inFirefox()))));
      if (which.includes('per-post')) results.push(...(await timed('per-post', () => perPostWork(feed.tabs))));
      await Promise.all([feed.tabs.with.page.close(), feed.tabs.without.page.close()]);
    }
    if (which.includes('click')) {
      results.push(...(await timed('click (Chromium)', () => clickToWarning(browsers))));
      results.push(...(await timed('click (Firefox ESR)', async () => firefoxClickToWarning(await inFirefox()))));
    }
    // Firefox's part is over: its two browsers would only take memory and CPU from what follows.
    await firefox?.close();
    firefox = undefined;
    if (which.includes('decisions')) results.push(...(await timed('decisions', () => concurrentDecisions())));
    if (which.includes('history')) results.push(...(await timed('history', () => historyPage(browsers))));
    // Last: the million-account list it leaves active would weigh on every run after it.
    if (which.includes('import')) results.push(...(await timed('import', () => importMillion(browsers))));
    return results;
  } finally {
    await firefox?.close();
    await browsers.close();
  }
}
