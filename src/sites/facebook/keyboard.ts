import type { DetectedAction } from '../adapter';
import { postControlKind } from './labels';
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
  const button = post === null ? null : postLikeButton(post);
  return button === null || postControlKind(button) !== 'like' ? null : detectReaction(button);
}

/** The post's own Like button (its marker's, else the first Like-kind control outside comments and reaction bars). */
function postLikeButton(post: Element): HTMLElement | null {
  const marked = post.querySelector(FacebookSelectors.likeMarker)?.closest<HTMLElement>(FacebookSelectors.control);
  if (marked != null) return commentOf(marked, post) === null ? marked : null;
  for (const control of post.querySelectorAll<HTMLElement>(FacebookSelectors.control)) {
    if (commentOf(control, post) !== null || control.closest(FacebookSelectors.toolbar) !== null) continue;
    const kind = postControlKind(control);
    if (kind === 'like' || kind === 'unlike') return control;
  }
  return null;
}
