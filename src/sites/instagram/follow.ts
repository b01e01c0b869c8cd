import type { AccountRef } from '../../lists/platform';
import type { DetectedAction } from '../adapter';
import { nearestLinkedAccount } from './account-link';
import { buttonText } from './button-text';
import { postContainer } from './post';
import { isProfileHeader, profileOwner } from './profile-page';
import { InstagramLabels, InstagramSelectors } from './selectors';

/**
 * A press on a Follow button (text, not icon; Following and Requested are the
 * undo states and give null): a follow of the account it sits with.
 */
export function detectFollowPress(button: HTMLElement): DetectedAction | null {
  if (!InstagramLabels.follow.has(buttonText(button))) return null;
  const account = followTarget(button);
  return account === null ? null : { intent: 'follow', account, element: button };
}

/**
 * Whom a Follow button follows. In a profile page's header, the page's owner:
 * the header's own links point at followers lists and bio mentions. Anywhere
 * else (a post's author row, a suggestion card, a followers list) the account
 * linked in the smallest block around the button, within its post if any.
 */
function followTarget(button: HTMLElement): AccountRef | null {
  const header = button.closest(InstagramSelectors.header);
  if (header !== null && isProfileHeader(header)) {
    const doc = button.ownerDocument;
    return profileOwner(new URL(doc.URL), doc);
  }
  return nearestLinkedAccount(button, postContainer(button));
}
