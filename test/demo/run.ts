import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium } from '../e2e/harness/chromium';
import { ROOT, type BrowserDriver } from '../e2e/harness/driver';
import {
  cancelWithButton,
  historyRow,
  markerFor,
  proceedAndWait,
  replicaLog,
  waitForHistoryRow,
  waitForWarning,
} from '../e2e/warning-contract';
import { HOME, LISTED_TWEET, PROFILE_FOLLOW, tweetButton } from '../e2e/x-replica';

/**
 * Walks the built extension through the X replicas in Chromium: a held like,
 * cancelled, then a held follow, proceeded, and the history it leaves.
 * Headed (and left open until Ctrl+C) when a display is available.
 */

const RESULTS = join(ROOT, 'test-results');
const headless = !process.env.DISPLAY;

async function step<T>(label: string, run: () => Promise<T>, done: (value: T) => string): Promise<T> {
  try {
    const value = await run();
    console.log(`✓ ${done(value)}`);
    return value;
  } catch (error) {
    throw new Error(`✗ ${label}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function walk(browser: BrowserDriver): Promise<void> {
  const home = await step('open the home feed', () => browser.openPage(HOME), () => `home feed open at ${HOME}`);
  await step(
    'see the passive marker on a listed post',
    () => home.waitFor(markerFor('x:aniesbaswedan')),
    () => 'passive marker shown on posts by @aniesbaswedan',
  );
  const likeClause = await step(
    'like a post by @aniesbaswedan',
    async () => {
      await home.click(tweetButton(LISTED_TWEET, 'like'));
      return waitForWarning(home, 'x:aniesbaswedan', 'like');
    },
    (clause) => `like on @aniesbaswedan held; warning shown (clause ${clause})`,
  );
  const warningPng = join(RESULTS, 'demo-warning.png');
  await step('screenshot the warning', () => home.screenshot(warningPng), () => `warning saved to ${warningPng}`);
  await step(
    'cancel the like',
    async () => {
      await cancelWithButton(home);
      const log = await replicaLog(home);
      if (log.length > 0) throw new Error(`the page still ran ${JSON.stringify(log)}`);
    },
    () => `cancelled; the page never saw the like (clause ${likeClause})`,
  );

  const profile = await step(
    'open the profile of @aniesbaswedan',
    () => browser.openPage('https://x.com/aniesbaswedan'),
    () => 'profile page of @aniesbaswedan open',
  );
  const followClause = await step(
    'follow @aniesbaswedan',
    async () => {
      await profile.click(PROFILE_FOLLOW);
      return waitForWarning(profile, 'x:aniesbaswedan', 'follow');
    },
    (clause) => `follow on @aniesbaswedan held; warning shown (clause ${clause})`,
  );
  await step(
    'proceed with the follow',
    async () => {
      const log = await proceedAndWait(profile);
      if (!log.some((entry) => entry.action === 'follow')) throw new Error(`the page ran ${JSON.stringify(log)}, no follow`);
    },
    () => `proceeded; the follow ran once on the page (clause ${followClause})`,
  );

  const history = await step('open the history page', () => browser.openExtensionPage('history.html'), () => 'history page open');
  await step(
    'find both decisions in the history',
    async () => {
      await waitForHistoryRow(history, historyRow('x:aniesbaswedan', 'follow', 'proceeded'));
      await history.waitFor(historyRow('x:aniesbaswedan', 'like', 'cancelled'));
    },
    () => 'history lists the cancelled like and the proceeded follow',
  );
  const historyPng = join(RESULTS, 'demo-history.png');
  await step('screenshot the history', () => history.screenshot(historyPng), () => `history saved to ${historyPng}`);
}

async function main(): Promise<number> {
  await mkdir(RESULTS, { recursive: true });
  const browser = await launchChromium({ headless }).catch((error: unknown) => {
    console.error(`✗ launch Chromium with .output/chrome-mv3 (run npm run build first): ${String(error)}`);
    return null;
  });
  if (!browser) return 1;
  try {
    await walk(browser);
    const outside = browser.requestsOutsideReplicas();
    if (outside.length > 0) throw new Error(`✗ requests left the replicas: ${outside.join(', ')}`);
    console.log('✓ no request left the replicas');
    if (!headless) {
      console.log('Browser left open; press Ctrl+C to close it.');
      await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
    }
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    await browser.close();
  }
}

void main().then((code) => {
  process.exitCode = code;
});
