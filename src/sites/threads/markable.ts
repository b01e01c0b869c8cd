import type { Markable } from '../adapter';
import { ownPermalink } from './author';
import { controlKind } from './labels';
import { isProfileHeading, profileOwner } from './profile-page';
import { ThreadsSelectors } from './selectors';

/** Posts (quoted ones too: they show that account's content) and the profile heading. */
export const markableSelector = `${ThreadsSelectors.post}, ${ThreadsSelectors.profileName}`;

export function markable(element: Element): Markable | null {
  return element.matches(ThreadsSelectors.post) ? markablePost(element) : markableProfile(element);
}

/**
 * The marker goes in the name row: the nearest block around the time stamp
 * that also holds a profile link (the name). Rows are HTML: the time stamp is
 * a link, and `instanceof` would fail across the page's and the script's realms.
 */
function markablePost(post: Element): Markable | null {
  const permalink = ownPermalink(post);
  if (permalink === null) return null;
  for (let row = permalink.link.parentElement; row !== null && row !== post; row = row.parentElement) {
    if (row.querySelector(ThreadsSelectors.profileLink) !== null) {
      return { account: permalink.author, kind: 'post', anchor: row as HTMLElement };
    }
  }
  return null;
}

function markableProfile(heading: Element): Markable | null {
  if (!isProfileHeading(heading)) return null;
  const doc = heading.ownerDocument;
  const account = profileOwner(new URL(doc.URL), doc);
  return account === null ? null : { account, kind: 'profile', anchor: heading as HTMLElement, followed: isFollowed(heading) };
}

/**
 * Whether the header's follow button reads "Following": the first Follow or
 * Following button found widening out from the heading, outside posts.
 */
function isFollowed(heading: Element): boolean {
  for (let block = heading.parentElement; block !== null; block = block.parentElement) {
    for (const control of block.querySelectorAll(ThreadsSelectors.control)) {
      if (control.closest(ThreadsSelectors.post) !== null) continue;
      const kind = controlKind(control);
      if (kind === 'follow' || kind === 'following') return kind === 'following';
    }
  }
  return false;
}
