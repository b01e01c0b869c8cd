import type { PageHandle } from './harness/driver';

/**
 * What the X specs and the demo know about the replica pages and the warning
 * contract (design.md, "Warning UI"), kept apart from the browser harness.
 */

export const HOME = 'https://x.com/home';
export const HOME_ID = 'https://x.com/home?lang=id';
/** A post by @aniesbaswedan on the English home feed. */
export const LISTED_TWEET = '1790000000000000001';
/** That post's own page: it is the focused post, with a reply already typed in the box under it. */
export const LISTED_STATUS = `https://x.com/aniesbaswedan/status/${LISTED_TWEET}`;
export const INLINE_REPLY = '[data-testid="tweetButtonInline"]';
export const COMPOSER_TEXT = '[data-testid="tweetTextarea_0"]';
export const WARNING = '[role="alertdialog"]';

export type Intent = 'like' | 'follow' | 'comment' | 'share';

/** One site handler run, as the replica logs it into `window.__replicaLog`. */
export interface ReplicaAction {
  action:
    | 'like'
    | 'unlike'
    | 'follow'
    | 'unfollow'
    | 'reply'
    | 'post'
    | 'repost-menu'
    | 'unrepost-menu'
    | 'share-menu'
    | 'repost'
    | 'unrepost'
    | 'copy-link';
  account?: string;
  tweet?: string;
  via: string;
}

/** The profile header's follow button, not those of suggested accounts or hover cards. */
export const PROFILE_FOLLOW = '[data-testid$="-follow"]:not([data-testid="UserCell"] *):not([data-testid="HoverCard"] *)';

export const warningButton = (action: 'cancel' | 'proceed') => `${WARNING} [data-action="${action}"]`;

export const tweetButton = (statusId: string, testId: 'like' | 'unlike' | 'retweet' | 'unretweet') =>
  `article[data-testid="tweet"]:has(a[href*="/status/${statusId}"]) [role="group"] [data-testid="${testId}"]`;

/** The action bar's "Share post" button, which has no test id. */
export const shareButton = (statusId: string) =>
  `article[data-testid="tweet"]:has(a[href*="/status/${statusId}"]) [role="group"] [aria-label="Share post"]`;

/** Handles are matched case-insensitively: X links keep the account's own capitals. */
export const userCellButton = (handle: string, action: 'follow' | 'unfollow') =>
  `[data-testid="UserCell"]:has(a[href="/${handle}" i]) [data-testid$="-${action}"]`;

export const historyRow = (account: string, intent: Intent, decision: 'cancelled' | 'proceeded') =>
  `[data-history-entry][data-account="${account}"][data-intent="${intent}"][data-decision="${decision}"]`;

export const replicaLog = (page: PageHandle) => page.evaluate<ReplicaAction[]>('window.__replicaLog');

/** The element that has focus, looking through open shadow roots. */
const DEEP_ACTIVE_ACTION = `(() => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active?.getAttribute('data-action') ?? null;
})()`;

/**
 * Waits for the warning and checks it against the contract: the account and
 * intent it names, a clause, and Cancel focused. Returns the clause id.
 */
export async function waitForWarning(page: PageHandle, account: string, intent: Intent): Promise<string> {
  await page.waitFor(WARNING);
  const shown = {
    account: await page.attribute(WARNING, 'data-account'),
    intent: await page.attribute(WARNING, 'data-intent'),
  };
  if (shown.account !== account || shown.intent !== intent) {
    throw new Error(`Warning shows ${JSON.stringify(shown)}, expected ${JSON.stringify({ account, intent })}`);
  }
  const clause = await page.attribute(WARNING, 'data-clause');
  if (!clause) throw new Error('Warning has no data-clause');
  await page.waitUntil(`${DEEP_ACTIVE_ACTION} === 'cancel'`);
  return clause;
}

/** Cancels the open warning from the keyboard, as a user would. */
export async function cancelWithEscape(page: PageHandle): Promise<void> {
  await page.press('Escape');
  await page.waitForNone(WARNING);
}

/** The history page reads its entries once on load; the background may still be writing. */
export async function waitForHistoryRow(history: PageHandle, selector: string, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await history.waitFor(selector, { timeoutMs: 1_000 });
      return;
    } catch (error) {
      if (attempt === attempts) throw error;
      await history.reload();
    }
  }
}
