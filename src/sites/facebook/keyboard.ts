import type { DetectedAction } from '../adapter';
import { postControlKind } from './labels';
import { postContainer } from './post';
import { ownLikeButton } from './post-panel';
import { detectReaction } from './post-actions';
import { FacebookSelectors } from './selectors';

/**
 * `l` likes the focused post where the user turned Facebook's shortcuts on;
 * whether they are on cannot be seen, and a prompt on a key Facebook ignores
 * costs less than a like let through. The held key is replayed as a click on
 * the post's Like button; on a reacted post the key undoes, and is no intent.
 */
export function detectLikeShortcut(event: KeyboardEvent, target: Element): DetectedAction | null {
  if (event.key.toLowerCase() !== 'l' || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return null;
  if (target.closest(FacebookSelectors.editable) !== null) return null;
  const post = postContainer(target);
  const button = post === null ? null : ownLikeButton(post);
  return button === null || postControlKind(button) !== 'like' ? null : detectReaction(button);
}
