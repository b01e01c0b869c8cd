import type { AccountRef } from '../../lists/platform';
import type { DetectedAction } from '../adapter';
import { postAuthor } from './author';
import { profileOwner } from './profile-page';
import { ThreadsSelectors } from './selectors';

/** A press on a Follow button: a follow of the account it sits with. */
export function detectFollow(control: HTMLElement): DetectedAction | null {
  const account = followTarget(control);
  return account === null ? null : { intent: 'follow', account, element: control };
}

/**
 * Whom a Follow button follows. Its label never names the account, so: the
 * "+" on a post's avatar follows that post's author (for a repost, the
 * original author, whose avatar it is); a button outside posts and dialogs is
 * the profile header's, following the page's owner. Buttons in dialogs
 * (follower lists) have no reliable owner here and are not guessed.
 */
function followTarget(control: HTMLElement): AccountRef | null {
  const post = control.closest(ThreadsSelectors.post);
  if (post !== null) return postAuthor(post);
  if (control.closest(ThreadsSelectors.dialog) !== null) return null;
  const doc = control.ownerDocument;
  return profileOwner(new URL(doc.URL), doc);
}
