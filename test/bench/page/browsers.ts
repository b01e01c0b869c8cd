import type { Page } from 'playwright-core';
import { launchChromiumContext, type ChromiumContext } from '../../e2e/harness/chromium';
import { FEED_URL, feedPage } from './feed';

/** The two browsers every page benchmark compares: the same Chromium with and without the extension. */
export interface BenchBrowsers {
  with: ChromiumContext;
  without: ChromiumContext;
  close(): Promise<void>;
}

/**
 * Launches both and serves the generated feed in each. Playwright runs the
 * most recently registered matching route first, so this one answers the
 * feed URL and everything else still goes to the harness's replica routing.
 */
export async function launchBenchBrowsers(): Promise<BenchBrowsers> {
  const body = feedPage();
  const launched: ChromiumContext[] = [];
  try {
    for (const extension of [true, false]) {
      const browser = await launchChromiumContext({ extension });
      launched.push(browser);
      await browser.context.route(FEED_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    }
  } catch (error) {
    await Promise.all(launched.map((b) => b.close()));
    throw error;
  }
  const [withExtension, without] = launched as [ChromiumContext, ChromiumContext];
  return { with: withExtension, without, close: async () => void (await Promise.all(launched.map((b) => b.close()))) };
}

export interface MainThread {
  /** Seconds of JavaScript on the page's main thread, all worlds (the page's and the content scripts'). */
  script: number;
  /** Seconds of main-thread tasks: script, style, layout, paint. */
  task: number;
}

/** Cumulative main-thread time from CDP Performance.getMetrics; subtract two readings for a window. */
export async function mainThreadClock(page: Page): Promise<() => Promise<MainThread>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return { script: value('ScriptDuration'), task: value('TaskDuration') };
  };
}

/** Long tasks (> 50 ms) the page's main thread ran, recorded from document start. */
export const LONG_TASK_OBSERVER = `
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
`;
