import type { DetectedAction } from '../adapter';
import { likeWith } from './like';
import { XSelectors } from './selectors';

/**
 * X's `l` shortcut likes the focused post (X focuses the article itself when
 * moving with j/k or Tab). The guarded element is that post's like button, so a
 * proceeded action is replayed as a click on it.
 */
export function detectLikeKey(event: KeyboardEvent, target: Element): DetectedAction | null {
  if (!isLikeShortcut(event) || target.closest(XSelectors.editable) !== null) return null;
  const tweet = target.ownerDocument.activeElement?.closest(XSelectors.tweet);
  // An already liked post shows an unlike button instead, so `l` there (which
  // unlikes, not an intent) finds no like button.
  const button = tweet?.querySelector<HTMLElement>(`${XSelectors.actionBar} ${XSelectors.likeButton}`);
  return button ? likeWith(button) : null;
}

// Shift+L and Caps Lock give 'L'. Warning on a key X might ignore costs one
// dismissible prompt; letting a real like through defeats the guard.
function isLikeShortcut(event: KeyboardEvent): boolean {
  return (
    (event.key === 'l' || event.key === 'L') &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.altKey &&
    !event.isComposing
  );
}
