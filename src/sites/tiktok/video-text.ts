import { blocksText } from '../post-text';
import { TikTokSelectors } from './selectors';
import type { Video } from './video';

/**
 * The visible text of a video: its description (the feed's and browse mode's
 * hooks), with the hashtags TikTok links to /tag/<tag>, never its comments.
 * Browse mode may lay the description beside the block that names the
 * author; it shows one video, so there its one description counts.
 */
export function videoText(video: Video): string {
  const { scope } = video;
  let blocks = [...scope.querySelectorAll(TikTokSelectors.description)];
  if (blocks.length === 0 && !scope.matches(TikTokSelectors.feedItem)) {
    blocks = [...scope.ownerDocument.querySelectorAll(TikTokSelectors.browseDescription)];
  }
  const tags = [...scope.querySelectorAll(TikTokSelectors.tagLink)].filter((tag) => tag.closest(TikTokSelectors.commentItem) === null);
  return blocksText([...blocks, ...tags]);
}

/** The words of a comment a reply box answers: its own, not its replies' or the box's. */
export function commentText(comment: Element): string {
  const words = comment.querySelector(TikTokSelectors.commentBody);
  return words === null ? '' : blocksText([words]);
}
