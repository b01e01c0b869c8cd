import { accountFromUrlWith } from '../../lists/normalise/one-platform';
import { youtube } from '../../lists/normalise/youtube';
import type { AccountRef } from '../../lists/platform';
import { accountFromLink, channelIds } from './account-link';
import { loadedChannel } from './page-metadata';
import { YouTubeSelectors } from './selectors';

/**
 * The channel whose page is shown (/@handle, /channel/UC…, /c/name, /user/name
 * and their tabs), or null. The URL alone is not enough: YouTube is a
 * single-page app, and right after navigation the previous channel's header
 * can still be in the document, so a header must name the URL's channel.
 */
export function profileOwner(url: URL, doc: Document): AccountRef | null {
  const ids = urlChannel(url, doc);
  for (const header of doc.querySelectorAll(YouTubeSelectors.channelHeader)) {
    if (headerNames(header, ids)) return ids[0] ?? null;
  }
  return null;
}

/** Every id of the channel of the page this header sits on, if the header names it; else none. */
export function headerOwner(header: Element): AccountRef[] {
  const ids = urlChannel(new URL(header.ownerDocument.URL), header.ownerDocument);
  return headerNames(header, ids) ? ids : [];
}

/** The channel the URL names, with the ids the page's head adds for it (the UC… id of an @handle page). */
function urlChannel(url: URL, doc: Document): AccountRef[] {
  const account = accountFromUrlWith(youtube, url);
  return account === null ? [] : channelIds([account, ...loadedChannel(doc, account)]);
}

/**
 * Headers show the @handle as the whole text of one element, run together
 * with the name and counts in the header's own text. A UC… id or a legacy
 * name is confirmed only by a link to that address in the header.
 */
function headerNames(header: Element, ids: readonly AccountRef[]): boolean {
  for (const { id } of ids) {
    if (id.startsWith('@')) {
      for (const element of header.querySelectorAll(YouTubeSelectors.headerText)) {
        if (element.textContent.trim().toLowerCase() === id) return true;
      }
    } else {
      for (const link of header.querySelectorAll(YouTubeSelectors.link)) {
        if (accountFromLink(link)?.id === id) return true;
      }
    }
  }
  return false;
}
