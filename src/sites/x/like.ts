import type { DetectedAction } from '../adapter';
import { tweetAuthor } from './author';
import { XSelectors } from './selectors';

/** A click on a like button (or its icon or count): a like of that post's author. */
export function detectLikeClick(target: Element): DetectedAction | null {
  const button = target.closest<HTMLElement>(XSelectors.likeButton);
  return button === null ? null : likeWith(button);
}

/**
 * The like that pressing this button performs. Null when the button is not in a
 * post or the author cannot be read: guessing an account would warn wrongly.
 */
export function likeWith(button: HTMLElement): DetectedAction | null {
  const tweet = button.closest(XSelectors.tweet);
  const account = tweet === null ? null : tweetAuthor(tweet);
  return account === null ? null : { intent: 'like', account, element: button };
}
