import { accountFromUrlWith } from '../../lists/normalise/one-platform';
import { youtube } from '../../lists/normalise/youtube';
import type { AccountRef } from '../../lists/platform';
import { accountFromLink } from './account-link';
import { YouTubeSelectors } from './selectors';

/**
 * The channel whose page is shown (/@handle, /channel/UC…, /c/name, /user/name
 * and their tabs), or null. The URL alone is not enough: YouTube is a
 * single-page app, and right after navigation the previous channel's header
 * can still be in the document, so a header must name the URL's channel.
 */
export function profileOwner(url: URL, doc: Document): AccountRef | null {
  const account = accountFromUrlWith(youtube, url);
  if (account === null) return null;
  for (const header of doc.querySelectorAll(YouTubeSelectors.channelHeader)) {
    if (headerNames(header, account)) return account;
  }
  return null;
}

/** The channel of the page this header sits on, if the header names it. */
export function headerOwner(header: Element): AccountRef | null {
  const account = accountFromUrlWith(youtube, header.ownerDocument.URL);
  return account !== null && headerNames(header, account) ? account : null;
}

/**
 * Headers show the @handle as the whole text of one element, run together
 * with the name and counts in the header's own text. A page addressed by its
 * UC… id or a legacy name is confirmed only by a link to that address in the header.
 */
function headerNames(header: Element, account: AccountRef): boolean {
  if (account.id.startsWith('@')) {
    for (const element of header.querySelectorAll(YouTubeSelectors.headerText)) {
      if (element.textContent.trim().toLowerCase() === account.id) return true;
    }
    return false;
  }
  for (const link of header.querySelectorAll(YouTubeSelectors.link)) {
    if (accountFromLink(link)?.id === account.id) return true;
  }
  return false;
}
