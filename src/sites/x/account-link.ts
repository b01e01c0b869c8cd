import { normaliseWith } from '../../lists/normalise/one-platform';
import { x } from '../../lists/normalise/x';
import type { AccountRef } from '../../lists/platform';
import { hrefAccounts } from '../account-from-href';
import { XSelectors } from './selectors';

// X writes profile links as relative paths. Resolving them against a fixed X
// origin gives the same account whichever X host (x.com, twitter.com,
// mobile.x.com) the page is on, and does not depend on the document's URL.
const X_ORIGIN = 'https://x.com/';
const accountOfHref = /* @__PURE__ */ hrefAccounts(X_ORIGIN, x);

/** The X account a link points to, or null for posts, reserved pages and other sites. */
export function accountFromLink(link: Element): AccountRef | null {
  return accountOfHref(link.getAttribute('href'));
}

/** The account of the first link under `scope` that points to an X profile. */
export function firstLinkedAccount(scope: Element): AccountRef | null {
  // Usually the first link is the profile: found without listing every link.
  const first = scope.querySelector(XSelectors.link);
  if (first === null) return null;
  const account = accountFromLink(first);
  if (account !== null) return account;
  for (const link of scope.querySelectorAll(XSelectors.link)) {
    const account = accountFromLink(link);
    if (account !== null) return account;
  }
  return null;
}

/** The first valid account among the `@handle` mentions in a text. */
export function firstMentionedAccount(text: string): AccountRef | null {
  for (const account of mentionedAccounts(text)) return account;
  return null;
}

/** Whether a text mentions this account as `@handle`, compared after normalising. */
export function mentionsAccount(text: string, account: AccountRef): boolean {
  for (const mentioned of mentionedAccounts(text)) {
    if (mentioned.id === account.id) return true;
  }
  return false;
}

// X handles are word characters only, so a mention ends at the first non-word
// character: "@aniesbaswedan)" and "@aniesbaswedan " both yield the handle.
// Validity (length, case) is left to normaliseAccount.
function* mentionedAccounts(text: string): Generator<AccountRef> {
  for (const match of text.matchAll(/@(\w+)/g)) {
    const result = normaliseWith(x, match[0]);
    if (result.ok) yield result.account;
  }
}

