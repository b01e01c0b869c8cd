import type { DetectedAction } from '../adapter';
import { contentOwner } from './content-owner';
import { contentText } from './content-text';
import { actionOn } from './found-channel';
import { YouTubeSelectors } from './selectors';

/**
 * A press on a like button: of the watched video, of a Short, or of a comment
 * (whose author's content it touches). A pressed like button undoes the like.
 */
export function detectLikeClick(target: Element): DetectedAction | null {
  const button = target.closest<HTMLElement>(YouTubeSelectors.button);
  if (button === null || button.closest(YouTubeSelectors.like) === null) return null;
  if (button.getAttribute('aria-pressed') === 'true') return null;
  return actionOn('like', contentOwner(button), button, () => contentText(button));
}
