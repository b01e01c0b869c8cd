import type { Intent } from '../../guard/intent';
import type { DetectedAction } from '../adapter';
import { tweetAuthor } from './author';
import { tweetText } from './post-text';
import { XSelectors } from './selectors';

/**
 * The action that pressing a button in a post's action bar performs on that
 * post's author. Null when the button is not in a post or the author cannot be
 * read: guessing an account would warn wrongly.
 */
export function postAction(button: HTMLElement, intent: Intent): DetectedAction | null {
  const tweet = button.closest(XSelectors.tweet);
  const account = tweet === null ? null : tweetAuthor(tweet);
  return account === null || tweet === null ? null : { intent, account, element: button, text: () => tweetText(tweet) };
}
