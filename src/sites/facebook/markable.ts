import type { Markable } from '../adapter';
import { controlKind } from './labels';
import { postAuthor, postContainer } from './post';
import { isProfileHeading, profileOwner } from './profile-page';
import { FacebookSelectors } from './selectors';

/**
 * Posts (feed units, outermost articles outside feeds, panels that show a
 * post: a post's dialog, the photo viewer) and the name heading of a page or
 * profile. Comments are articles too, and are left to their post; a share is
 * marked with its sharer, the author its Like counts.
 */
export const markableSelector = [
  FacebookSelectors.feedUnit,
  FacebookSelectors.article,
  FacebookSelectors.panel,
  FacebookSelectors.profileName,
].join(', ');

export function markable(element: Element): Markable | null {
  if (element.matches(FacebookSelectors.profileName)) return markableProfile(element);
  return postContainer(element) === element ? markablePost(element) : null;
}

/** The label follows the author's name, in its heading when there is one. */
function markablePost(post: Element): Markable | null {
  const author = postAuthor(post);
  if (author === null) return null;
  const anchor = author.link.closest<HTMLElement>(FacebookSelectors.authorHeading) ?? author.link.parentElement;
  return anchor === null ? null : { account: author.account, kind: 'post', anchor };
}

function markableProfile(heading: Element): Markable | null {
  if (!isProfileHeading(heading)) return null;
  const doc = heading.ownerDocument;
  const account = profileOwner(new URL(doc.URL), doc);
  return account === null ? null : { account, kind: 'profile', anchor: heading as HTMLElement, followed: isFollowed(heading) };
}

/**
 * Whether the header already follows or likes the page: widening out from the
 * heading, the first block holding a Follow-type button is the header's row.
 */
function isFollowed(heading: Element): boolean {
  for (let block = heading.parentElement; block !== null; block = block.parentElement) {
    const kinds = [...block.querySelectorAll(FacebookSelectors.control)]
      .filter((control) => postContainer(control) === null)
      .map(controlKind);
    if (kinds.includes('following')) return true;
    if (kinds.includes('follow') || kinds.includes('like')) return false;
  }
  return false;
}
