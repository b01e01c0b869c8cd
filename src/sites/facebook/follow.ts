import type { AccountRef } from '../../lists/platform';
import type { DetectedAction } from '../adapter';
import { firstProfileLink } from './account-link';
import { postContainer } from './post';
import { profileHeading, profileOwner } from './profile-page';
import { FacebookSelectors } from './selectors';

/**
 * A press on Follow or Like Page: a follow of the account it sits with.
 * Following, Liked and Unfollow are undo labels and never reach here.
 */
export function detectFollow(control: HTMLElement): DetectedAction | null {
  const account = followTarget(control, false);
  return account === null ? null : { intent: 'follow', account, element: control };
}

/**
 * A plain Like outside every post is a follow only in a page's header, where
 * it likes the page: reached from the button before any other profile link,
 * outside any dialog or panel. Anywhere else (a post whose frame was not
 * recognised) it is no follow of anyone.
 */
export function detectPageLike(control: HTMLElement): DetectedAction | null {
  if (control.closest(FacebookSelectors.panel) !== null) return null;
  const account = followTarget(control, true);
  return account === null ? null : { intent: 'follow', account, element: control };
}

/**
 * Whom the button follows: widening out from it, the first block that links
 * to a profile (the author row of a post, a suggestion card) names the
 * account, unless it is the block holding the profile's name heading: the
 * header's buttons follow the page's owner, whatever its tabs and bio link to.
 * Within a post the search never leaves the post.
 */
function followTarget(control: HTMLElement, headerOnly: boolean): AccountRef | null {
  const post = postContainer(control);
  const doc = control.ownerDocument;
  const heading = post === null ? profileHeading(doc) : null;
  for (let scope = control.parentElement; scope !== null; scope = scope.parentElement) {
    if (heading !== null && scope.contains(heading)) return profileOwner(new URL(doc.URL), doc);
    const found = firstProfileLink(scope);
    if (found !== null) return headerOnly ? null : found.account;
    if (scope === post) return null;
  }
  return null;
}
