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
  const name = authorNameBlock(tweet);
  return name === null ? null : firstLinkedAccount(name);
}

/** The post's own User-Name block, the one naming its author. */
export function authorNameBlock(tweet: Element): HTMLElement | null {
  // Most posts quote nothing: the first block is the author's, found without listing them all.
  const first = tweet.querySelector<HTMLElement>(XSelectors.tweetAuthorName);
  if (first === null || !isInsideQuote(first, tweet)) return first;
  for (const name of tweet.querySelectorAll<HTMLElement>(XSelectors.tweetAuthorName)) {
    if (!isInsideQuote(name, tweet)) return name;
  }
  return null;
}

/** The nearest quote or post around the element: the search stops at the post instead of climbing the whole page. */
export const QUOTE_OR_TWEET = `${XSelectors.quotedTweet}, ${XSelectors.tweet}`;

function isInsideQuote(element: Element, tweet: Element): boolean {
  return element.closest(QUOTE_OR_TWEET) !== tweet;
}
