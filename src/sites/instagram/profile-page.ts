import { accountFromUrlWith } from '../../lists/normalise/one-platform';
import { instagram } from '../../lists/normalise/instagram';
import type { AccountRef } from '../../lists/platform';
import { postContainer } from './post';
import { InstagramSelectors } from './selectors';

/**
 * The owner of the profile page shown (/<user>/ or one of its tabs), or null.
 * The URL alone is not enough: Instagram is a single-page app, and right after
 * navigation the document can still show the previous page. The page must
 * name the same account in its title ("Name (@user) • Instagram photos and
 * videos", in any language) or in its header's username heading.
 */
export function profileOwner(url: URL, doc: Document): AccountRef | null {
  const account = accountFromUrlWith(instagram, url);
  if (account === null) return null;
  if (doc.title.toLowerCase().includes(`(@${account.id})`)) return account;
  return profileHeading(doc, account) === null ? null : account;
}

/** The profile header's username heading, if it names this account. */
export function profileHeading(scope: ParentNode, account: AccountRef): HTMLElement | null {
  for (const heading of scope.querySelectorAll<HTMLElement>(`${InstagramSelectors.header} ${InstagramSelectors.profileName}`)) {
    if (heading.textContent?.trim().toLowerCase() === account.id) return heading;
  }
  return null;
}

/** Whether this header is a profile page's header rather than a post's. */
export function isProfileHeader(header: Element): boolean {
  return postContainer(header) === null;
}
