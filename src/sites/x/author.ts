import type { AccountRef } from '../../lists/platform';
import { firstLinkedAccount } from './account-link';
import { XSelectors } from './selectors';

/**
 * Whose content an action on this post touches. X puts the original author in
 * the post's first User-Name block: a repost names its reposter separately (in
 * socialContext, above it), and a quoted post carries its own User-Name inside
 * a nested clickable block, which never counts for the quoting post's buttons.
 */
export function tweetAuthor(tweet: Element): AccountRef | null {
  for (const name of tweet.querySelectorAll(XSelectors.tweetAuthorName)) {
    if (!isInsideQuote(name, tweet)) return firstLinkedAccount(name);
  }
  return null;
}

function isInsideQuote(element: Element, tweet: Element): boolean {
  const quote = element.closest(XSelectors.quotedTweet);
  return quote !== null && tweet.contains(quote);
}
