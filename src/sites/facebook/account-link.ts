import type { AccountRef } from '../../lists/platform';
import { facebook } from '../../lists/normalise/facebook';
import { hrefAccounts } from '../account-from-href';
import { FacebookSelectors } from './selectors';

// Facebook writes absolute links on www., web. or m. and relative ones too;
// resolving against one origin gives the same account on every host.
export const FACEBOOK_ORIGIN = 'https://www.facebook.com/';
/** The Facebook account an href points to, resolved against FACEBOOK_ORIGIN. */
export const accountOfHref = /* @__PURE__ */ hrefAccounts(FACEBOOK_ORIGIN, facebook);

/**
 * The Facebook account a link points to, or null for posts, Facebook's own
 * pages and other sites. The tracking query (`__cft__[0]`, `__tn__`,
 * `comment_id`) is never read: the normaliser takes the path, and from
 * profile.php only its `id`.
 */
export function accountFromLink(link: Element): AccountRef | null {
  return accountOfHref(link.getAttribute('href'));
}

/** The first link under `scope` to a Facebook profile or page, with its account. */
export function firstProfileLink(scope: Element): { link: HTMLElement; account: AccountRef } | null {
  for (const link of scope.querySelectorAll<HTMLElement>(FacebookSelectors.link)) {
    const account = accountFromLink(link);
    if (account !== null) return { link, account };
  }
  return null;
}
