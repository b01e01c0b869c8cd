import { blocksText } from '../post-text';
import { XSelectors } from './selectors';

/**
 * The visible text of a post and of the post it quotes (a repost shows the
 * original, which is what it reads): the text blocks X gives test ids, else
 * those it marks with a language, and any hashtag link outside them, so a
 * tag still counts when X renames the blocks.
 */
export function tweetText(tweet: Element): string {
  let blocks = [...tweet.querySelectorAll(XSelectors.postText)];
  if (blocks.length === 0) blocks = [...tweet.querySelectorAll(XSelectors.languageBlock)];
  const tags = [...tweet.querySelectorAll(XSelectors.hashtagLink)].filter((tag) => !blocks.some((block) => block.contains(tag)));
  return blocksText([...blocks, ...tags]);
}
