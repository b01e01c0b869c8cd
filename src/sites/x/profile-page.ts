import { accountFromUrlWith } from '../../lists/normalise/one-platform';
import { x } from '../../lists/normalise/x';
import type { AccountRef } from '../../lists/platform';
import { mentionsAccount } from './account-link';
import { XSelectors } from './selectors';

/** The tabs of a profile page: /handle/<tab> still shows that account's header. */
const PROFILE_TABS: ReadonlySet<string> = new Set([
  'with_replies',
  'media',
  'likes',
  'highlights',
  'articles',
  'affiliates',
  'superfollows',
]);

/** The account a URL's path names as a profile page, judged by the URL alone. */
export function profileAccountFromPath(url: URL): AccountRef | null {
  const [handle, tab, ...rest] = url.pathname.split('/').filter((segment) => segment !== '');
  if (handle === undefined || rest.length > 0) return null;
  if (tab !== undefined && !PROFILE_TABS.has(tab)) return null;
  return accountFromUrlWith(x, new URL(`/${handle}`, url));
}

/**
 * The owner of the profile page shown, or null. The URL alone is not enough:
 * X is a single-page app, and right after navigation the document can still
 * show the previous page. The page must name the same @handle in its title
 * ("Anies Baswedan (@aniesbaswedan) / X") or in its profile header.
 */
export function profileOwner(url: URL, doc: Document): AccountRef | null {
  const account = profileAccountFromPath(url);
  if (account === null) return null;
  const header = doc.querySelector(XSelectors.profileHeaderName)?.textContent ?? '';
  return mentionsAccount(doc.title, account) || mentionsAccount(header, account) ? account : null;
}
