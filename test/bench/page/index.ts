import type { Result } from '../measure';
import { launchBenchBrowsers } from './browsers';
import { clickToWarning } from './click';
import { concurrentDecisions } from './decisions';
import { feedScroll } from './feed-scroll';
import { historyPage } from './history-page';
import { importMillion } from './import-list';
import { perPostWork } from './per-post';

export const PAGE_BENCHMARKS = ['feed', 'per-post', 'click', 'decisions', 'history', 'import'] as const;
export type PageBenchmark = (typeof PAGE_BENCHMARKS)[number];

/**
 * The page benchmarks asked for, in real headless Chromium with and without
 * the built extension (the decisions runs launch browsers of their own).
 */
export async function pageBenchmarks(which: readonly PageBenchmark[]): Promise<Result[]> {
  if (which.length === 0) return [];
  const browsers = await launchBenchBrowsers();
  const results: Result[] = [];
  try {
    if (which.includes('feed') || which.includes('per-post')) {
      // The per-post run appends to the feed the scroll run loaded.
      const feed = await feedScroll(browsers);
      if (which.includes('feed')) results.push(...feed.results);
      if (which.includes('per-post')) results.push(...(await perPostWork(feed.tabs)));
      await Promise.all([feed.tabs.with.page.close(), feed.tabs.without.page.close()]);
    }
    if (which.includes('click')) results.push(...(await clickToWarning(browsers)));
    if (which.includes('decisions')) results.push(...(await concurrentDecisions()));
    if (which.includes('history')) results.push(...(await historyPage(browsers)));
    // Last: the million-account list it leaves active would weigh on every run after it.
    if (which.includes('import')) results.push(...(await importMillion(browsers)));
    return results;
  } finally {
    await browsers.close();
  }
}
