import type { AccountRef } from '../../lists/platform';
import { facebook } from '../../lists/normalise/facebook';
import { accountFromUrlWith } from '../../lists/normalise/one-platform';
import { accountFromLink } from './account-link';
import { postContainer } from './post';
import { FacebookSelectors } from './selectors';

/**
 * The owner of the page or profile shown: the URL names it (a vanity name,
 * profile.php?id=, /people/<name>/<id>; the normaliser refuses Facebook's own
 * pages such as /watch, /groups/…, /marketplace and posts), and the page must
 * show a profile header: a name heading whose tabs (Posts, About, Photos…)
 * link to that same account. The heading shows a display name only, and right
 * after an in-app navigation the previous profile's header can still be shown.
 */
export function profileOwner(url: URL, doc: Document): AccountRef | null {
  const account = accountFromUrlWith(facebook, url);
  if (account === null || profileHeading(doc) === null) return null;
  for (const tab of doc.querySelectorAll(FacebookSelectors.profileTab)) {
    if (accountFromLink(tab)?.id === account.id) return account;
  }
  return null;
}

/** The page's or profile's name heading. */
export function profileHeading(doc: Document): HTMLElement | null {
  for (const heading of doc.querySelectorAll<HTMLElement>(FacebookSelectors.profileName)) {
    if (isProfileHeading(heading)) return heading;
  }
  return null;
}

export function isProfileHeading(heading: Element): boolean {
  return heading.closest(FacebookSelectors.dialog) === null && postContainer(heading) === null;
}
