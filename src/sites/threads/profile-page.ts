import { accountFromUrlWith } from '../../lists/normalise/one-platform';
import { threads } from '../../lists/normalise/threads';
import type { AccountRef } from '../../lists/platform';
import { ThreadsSelectors } from './selectors';

/** `@handle` in running text; Instagram-style handles never end with a dot, so a trailing one is punctuation. */
const MENTION = /@([a-z0-9._]+)/gi;

/**
 * The owner of the profile page shown, or null. The URL names it (`/@handle`,
 * or one of its tabs: the normaliser accepts those and refuses posts and
 * Threads' own pages such as /search); the page must confirm it, because right
 * after an in-app navigation the document can still show the previous page:
 * its title ("Anies Baswedan (@aniesbaswedan) • Threads, Say more") or its
 * header, which shows the handle next to the display name.
 */
export function profileOwner(url: URL, doc: Document): AccountRef | null {
  const account = accountFromUrlWith(threads, url);
  if (account === null) return null;
  return mentions(doc.title, account.id) || headerShows(doc, account.id) ? account : null;
}

/** The display-name heading of the profile header, not a dialog's or the column bar's title. */
export function profileHeading(doc: Document): Element | null {
  for (const heading of doc.querySelectorAll(ThreadsSelectors.profileName)) {
    if (isProfileHeading(heading)) return heading;
  }
  return null;
}

export function isProfileHeading(heading: Element): boolean {
  return heading.closest(ThreadsSelectors.notProfileName) === null;
}

function mentions(text: string, id: string): boolean {
  for (const match of text.matchAll(MENTION)) {
    if (match[1]?.toLowerCase().replace(/\.+$/, '') === id) return true;
  }
  return false;
}

// The handle is a text of its own in the heading's block ("aniesbaswedan",
// sometimes written "@aniesbaswedan").
function headerShows(doc: Document, id: string): boolean {
  const block = profileHeading(doc)?.parentElement;
  if (!block) return false;
  for (const text of block.querySelectorAll('span')) {
    if (text.textContent.trim().replace(/^@/, '').toLowerCase() === id) return true;
  }
  return false;
}
