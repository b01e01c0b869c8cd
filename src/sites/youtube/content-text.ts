import { blocksText } from '../post-text';
import { YouTubeSelectors as S } from './selectors';

/**
 * The visible text of the content an action at `element` touches, read only
 * when asked: a comment's words for anything inside that comment (its like,
 * its reply box), else the Short's title, else what the watch page shows of
 * its video (title, the line under it with its /hashtag/ links, the
 * description, desktop or mobile). A Short's or a comment's text never
 * borrows the page's video's.
 */
export function contentText(element: Element): string {
  const comment = element.closest(S.comment);
  if (comment !== null) return blocksText(comment.querySelectorAll(S.commentWords));
  const reel = element.closest(S.reel);
  if (reel !== null) return blocksText(reel.querySelectorAll(S.reelTitle));
  return blocksText(element.closest(S.watchPage)?.querySelectorAll(S.watchMetadata) ?? []);
}
