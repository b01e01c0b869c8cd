import { expect } from 'vitest';
import type { Platform } from '../../src/lists/platform';
import { firstMatch, type PageHandle, type WaitOptions } from './harness/driver';
import type { BrowserSession } from './harness/each-browser';

/**
 * The warning's test contract (design.md, "Warning UI") and the replicas'
 * shared log (`window.__replicaLog`, one entry per site handler run), as
 * every site's specs use them.
 */

export const WARNING = '[role="alertdialog"]';
export type Intent = 'like' | 'follow' | 'comment' | 'share' | 'post';

export const warningButton = (action: 'cancel' | 'proceed') => `${WARNING} [data-action="${action}"]`;

export const historyRow = (account: string, intent: Intent, decision: 'cancelled' | 'proceeded') =>
  `[data-history-entry][data-account="${account}"][data-intent="${intent}"][data-decision="${decision}"]`;

export const markerFor = (account: string) => `[data-marker="listed"][data-account="${account}"]`;

/**
 * A main-world expression: whether an element matching `scope` holds this
 * account's marker. Markers sit in shadow roots, which CSS cannot look into
 * from the post around them, so each host inside the scope is asked.
 */
export const markedWithin = (scope: string, account: string) =>
  `[...document.querySelectorAll(${JSON.stringify(`${scope} *`)})].some((el) => el.shadowRoot?.querySelector(${JSON.stringify(markerFor(account))}))`;

/** Every replica logs `{action, account, …}` for each handler run. */
export interface LoggedAction {
  action: string;
  account?: string;
  via?: string;
  [detail: string]: unknown;
}

export const replicaLog = (page: PageHandle) => page.evaluate<LoggedAction[]>('window.__replicaLog');

/** Waits until the replica has logged at least `count` handler runs and returns the log. */
export const replicaLogged = (page: PageHandle, count = 1) =>
  page.waitUntil<LoggedAction[]>(`window.__replicaLog.length >= ${count} && window.__replicaLog`);

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
export async function waitForWarning(page: PageHandle, account: string, intent: Intent, options?: WaitOptions): Promise<string> {
  await page.waitFor(WARNING, options);
  const shown = {
    account: await page.attribute(WARNING, 'data-account'),
    intent: await page.attribute(WARNING, 'data-intent'),
  };
  if (shown.account !== account || shown.intent !== intent) {
    throw new Error(`Warning shows ${JSON.stringify(shown)}, expected ${JSON.stringify({ account, intent })}`);
  }
  const clause = await page.attribute(WARNING, 'data-clause');
  if (!clause) throw new Error('Warning has no data-clause');
  await page.waitUntil(`${DEEP_ACTIVE_ACTION} === 'cancel'`, options);
  return clause;
}

/**
 * waitForWarning, and what decided it (`data-match`): `account`,
 * `hashtag:#<tag>` or `mention:<platform>:<id>`. `account` is empty for a
 * new post only a hashtag decided.
 */
export async function waitForMatch(page: PageHandle, account: string, intent: Intent, match: string, options?: WaitOptions): Promise<string> {
  const clause = await waitForWarning(page, account, intent, options);
  const shown = await page.attribute(WARNING, 'data-match');
  if (shown !== match) throw new Error(`Warning shows data-match ${JSON.stringify(shown)}, expected ${JSON.stringify(match)}`);
  return clause;
}

/** Cancels the open warning from the keyboard, as a user would. */
export async function cancelWithEscape(page: PageHandle): Promise<void> {
  await page.press('Escape');
  await page.waitForNone(WARNING);
}

/** Cancels the open warning with its Cancel button. */
export async function cancelWithButton(page: PageHandle): Promise<void> {
  await page.click(warningButton('cancel'));
  await page.waitForNone(WARNING);
}

/** The warning is up for this account and intent; Escape dismisses it and the page never ran the action. */
export async function expectHeldThenCancel(page: PageHandle, account: string, intent: Intent): Promise<void> {
  await waitForWarning(page, account, intent);
  await cancelWithEscape(page);
  expect(await replicaLog(page)).toEqual([]);
}

/** Proceeds on the open warning and returns the log once the replayed action has run. */
export async function proceedAndWait(page: PageHandle): Promise<LoggedAction[]> {
  await page.click(warningButton('proceed'));
  await page.waitForNone(WARNING);
  return replicaLogged(page);
}

/** The page ran the action itself, with no warning in between. */
export async function expectPassedThrough(page: PageHandle, expected: unknown[]): Promise<void> {
  expect(await replicaLogged(page, expected.length)).toEqual(expected);
  expect(await page.count(WARNING)).toBe(0);
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

/** Imports a list file through the options page, as a user would, and waits for success. */
export async function importList(openOptions: () => Promise<PageHandle>, fileName: string, json: string): Promise<void> {
  const options = await openOptions();
  await options.setFile('input[type="file"][name="list-import"]', fileName, json);
  await options.waitFor('[data-import-status="ok"]');
}

/**
 * Imports a list naming one platform's accounts, `[candidate, account id]`
 * each: test data for the sites the shipped lists do not cover yet.
 */
export function importSiteList(
  { openExtensionPage }: BrowserSession,
  platform: Platform,
  entries: readonly (readonly [name: string, id: string])[],
): Promise<void> {
  const list = JSON.stringify({
    format: 'jaga-netral/list@1',
    id: `e2e-${platform}`,
    title: `E2E: ${platform} accounts`,
    updated: '2024-01-10',
    entries: entries.map(([name, id]) => ({ name, accounts: [{ platform, id }] })),
  });
  return importList(() => openExtensionPage('options.html'), `${platform}.json`, list);
}

/** Sets a checkbox on the options page to `on` with a real click, if it is not already. */
export async function setToggle(options: PageHandle, name: string, on: boolean): Promise<void> {
  const box = firstMatch(`input[name="${name}"]`);
  await options.waitFor(`input[name="${name}"]`);
  if ((await options.evaluate<boolean>(`${box}.checked`)) !== on) await options.click(`input[name="${name}"]`);
  await options.waitUntil(`${box}.checked === ${on}`);
}
