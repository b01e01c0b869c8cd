import type { AccountRef } from '../../lists/platform';
import { instagram } from '../../lists/normalise/instagram';
import { hrefAccounts } from '../account-from-href';
import { InstagramSelectors } from './selectors';

// Instagram writes profile links as relative paths (/user/). Resolving them
// against a fixed origin gives the same account on www. and bare instagram.com
// and does not depend on the document's URL.
export const INSTAGRAM_ORIGIN = 'https://www.instagram.com/';
const accountOfHref = /* @__PURE__ */ hrefAccounts(INSTAGRAM_ORIGIN, instagram);

/** The Instagram account a link points to, or null for posts, reserved pages and other sites. */
export function accountFromLink(link: Element): AccountRef | null {
  return accountOfHref(link.getAttribute('href'));
}

/** The first link under `scope` that points to an Instagram profile, with its account. */
export function firstProfileLink(scope: Element): { link: HTMLElement; account: AccountRef } | null {
  for (const link of scope.querySelectorAll<HTMLElement>(InstagramSelectors.link)) {
    const account = accountFromLink(link);
    if (account !== null) return { link, account };
  }
  return null;
}

/**
 * The account of the smallest block around `element` that links to a profile:
 * the row or card a follow button or comment heart belongs to. Stops at
 * `limit`, so a control never borrows an account from outside its post.
 */
export function nearestLinkedAccount(element: Element, limit: Element | null): AccountRef | null {
  return nearestProfileLink(element, limit)?.account ?? null;
}

/** As nearestLinkedAccount, with the link and the block it was found in. */
export function nearestProfileLink(
  element: Element,
  limit: Element | null,
): { link: HTMLElement; account: AccountRef; scope: Element } | null {
  for (let scope = element.parentElement; scope !== null; scope = scope.parentElement) {
    const found = firstProfileLink(scope);
    if (found !== null) return { ...found, scope };
    if (scope === limit) return null;
  }
  return null;
}

