import type { BrowserDriver } from '../../e2e/harness/driver';
import { launchFirefox } from '../../e2e/harness/firefox';
import { FEED_URL, feedPage } from './feed';

/** Firefox ESR with and without the extension, as BenchBrowsers is for Chromium. */
export interface FirefoxPair {
  with: BrowserDriver;
  without: BrowserDriver;
  close(): Promise<void>;
}

/**
 * Firefox coarsens performance.now() and event time stamps to 1 ms by
 * default; the in-page timers the Firefox figures rest on need the
 * clock's full resolution.
 */
const FINE_TIMERS = { 'privacy.reduceTimerPrecision': false };

/** Launches both, one after the other (the machine has two cores), each serving the generated feed. */
export async function launchFirefoxPair(): Promise<FirefoxPair> {
  const pages = new Map([[FEED_URL, feedPage()]]);
  const launched: BrowserDriver[] = [];
  try {
    for (const extension of [true, false]) launched.push(await launchFirefox({ extension, pages, prefs: FINE_TIMERS }));
  } catch (error) {
    await Promise.all(launched.map((b) => b.close()));
    throw error;
  }
  const [withExtension, without] = launched as [BrowserDriver, BrowserDriver];
  return { with: withExtension, without, close: async () => void (await Promise.all(launched.map((b) => b.close()))) };
}
