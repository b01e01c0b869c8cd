import type { Result } from '../measure';
import { launchBenchBrowsers } from './browsers';
import { clickToWarning } from './click';
import { concurrentDecisions } from './decisions';
import { feedScroll } from './feed-scroll';
import { historyPage } from './history-page';
import { perPostWork } from './per-post';

/**
 * The page benchmarks, in real headless Chromium with and without the built
 * extension. Order matters: the 100,000 seeded entries come last so the 20
 * history tabs of the concurrent-write run open on a small history.
 */
export async function pageBenchmarks(): Promise<Result[]> {
  const browsers = await launchBenchBrowsers();
  try {
    const feed = await feedScroll(browsers);
    const perPost = await perPostWork(feed.tabs);
    await Promise.all([feed.tabs.with.page.close(), feed.tabs.without.page.close()]);
    return [...feed.results, ...perPost, ...(await clickToWarning(browsers)), ...(await concurrentDecisions(browsers)), ...(await historyPage(browsers))];
  } finally {
    await browsers.close();
  }
}
