import type { DetectedAction } from '../adapter';
import { postAction } from './post-action';
import { XSelectors } from './selectors';

/** A click on a like button (or its icon or count): a like of that post's author. */
export function detectLikeClick(target: Element): DetectedAction | null {
  const button = target.closest<HTMLElement>(XSelectors.likeButton);
  return button === null ? null : postAction(button, 'like');
}
