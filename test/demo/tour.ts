import type { BrowserDriver, PageHandle } from '../e2e/harness/driver';
import {
  cancelWithButton,
  historyRow,
  markerFor,
  proceedAndWait,
  replicaLog,
  waitForHistoryRow,
  waitForWarning,
  type Intent,
} from '../e2e/warning-contract';
import { HOME, INLINE_REPLY, LISTED_STATUS, LISTED_TWEET, PROFILE_FOLLOW, tweetButton } from '../e2e/x-replica';

/**
 * The walk through the X replicas that the demo prints and the README
 * screenshots are taken on: a passive marker, then a warning on each of the
 * four actions (like and comment cancelled, follow and share proceeded), then
 * the history page listing all four decisions.
 */

const ANIES = 'x:aniesbaswedan';

export interface TourOptions {
  /** The X home feed to start on (English or Indonesian replica). */
  home?: string;
  /** Called with the tab while the like's warning is on screen. */
  onWarning?(page: PageHandle): Promise<void>;
  /** Called with the history page once it lists every decision. */
  onHistory?(page: PageHandle): Promise<void>;
}

/** Runs one step, printing ✓ and what happened, or throwing ✗ and what failed. */
export async function step<T>(label: string, run: () => Promise<T>, done: (value: T) => string): Promise<T> {
  try {
    const value = await run();
    console.log(`✓ ${done(value)}`);
    return value;
  } catch (error) {
    throw new Error(`✗ ${label}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

interface Action {
  intent: Intent;
  url: string;
  control: string;
  proceed: boolean;
  /** What the replica logs when the action reaches the page. */
  pageAction: string;
}

const actions = (home: string): Action[] => [
  { intent: 'like', url: home, control: tweetButton(LISTED_TWEET, 'like'), proceed: false, pageAction: 'like' },
  { intent: 'follow', url: 'https://x.com/aniesbaswedan', control: PROFILE_FOLLOW, proceed: true, pageAction: 'follow' },
  { intent: 'comment', url: LISTED_STATUS, control: INLINE_REPLY, proceed: false, pageAction: 'reply' },
  { intent: 'share', url: home, control: tweetButton(LISTED_TWEET, 'retweet'), proceed: true, pageAction: 'repost-menu' },
];

async function act(browser: BrowserDriver, action: Action, options: TourOptions): Promise<void> {
  const page = await step(`open ${action.url}`, () => browser.openPage(action.url), () => `opened ${action.url}`);
  const clause = await step(
    `${action.intent} @aniesbaswedan`,
    async () => {
      await page.click(action.control);
      return waitForWarning(page, ANIES, action.intent);
    },
    (held) => `${action.intent} on @aniesbaswedan held; warning shown (clause ${held})`,
  );
  if (action.intent === 'like') await options.onWarning?.(page);
  if (action.proceed) {
    await step(
      `proceed with the ${action.intent}`,
      async () => {
        const log = await proceedAndWait(page);
        const ran = log.filter((entry) => entry.action === action.pageAction).length;
        if (ran !== 1) throw new Error(`the page ran ${JSON.stringify(log)}, expected one ${action.pageAction}`);
      },
      () => `proceeded; the ${action.intent} reached the page once (clause ${clause})`,
    );
  } else {
    await step(
      `cancel the ${action.intent}`,
      async () => {
        await cancelWithButton(page);
        const log = await replicaLog(page);
        if (log.length > 0) throw new Error(`the page still ran ${JSON.stringify(log)}`);
      },
      () => `cancelled; the page never saw the ${action.intent} (clause ${clause})`,
    );
  }
  await page.close();
}

export async function tour(browser: BrowserDriver, options: TourOptions = {}): Promise<void> {
  const home = options.home ?? HOME;
  const feed = await step('open the home feed', () => browser.openPage(home), () => `home feed open at ${home}`);
  await step(
    'see the passive marker on a listed post',
    () => feed.waitFor(markerFor(ANIES)),
    () => 'passive marker shown on posts by @aniesbaswedan',
  );
  for (const action of actions(home)) await act(browser, action, options);

  const history = await step('open the history page', () => browser.openExtensionPage('history.html'), () => 'history page open');
  await step(
    'find the four decisions in the history',
    async () => {
      for (const action of actions(home)) {
        await waitForHistoryRow(history, historyRow(ANIES, action.intent, action.proceed ? 'proceeded' : 'cancelled'));
      }
    },
    () => 'history lists the cancelled like and comment, the proceeded follow and share',
  );
  await options.onHistory?.(history);
}
