import type { DetectedAction } from '../adapter';
import { controlKind } from './labels';
import { commentOf, postContainer } from './post';
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
  const button = post?.querySelector(FacebookSelectors.likeMarker)?.closest<HTMLElement>(FacebookSelectors.control);
  if (!post || !button || commentOf(button, post) !== null || controlKind(button) !== 'like') return null;
  return detectReaction(button);
}
