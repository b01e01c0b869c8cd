import { blocksText } from '../post-text';
import { YouTubeSelectors as S } from './selectors';

/**
 * The visible text of the content an action at `element` touches, read only
 * when asked: a comment's words for anything inside that comment (its like,
 * its reply box), else the Short's title, else the watched video's title,
 * the hashtags YouTube links to /hashtag/<tag> (above the title or in the
 * line under it) and its description. A Short's or a comment's text never
 * borrows the page's video's.
 */
export function contentText(element: Element): string {
  const comment = element.closest(S.comment);
  if (comment !== null) return blocksText(comment.querySelectorAll(S.commentWords));
  const reel = element.closest(S.reel);
  if (reel !== null) return blocksText(reel.querySelectorAll(S.reelText));
  const blocks: Element[] = [];
  for (const metadata of element.closest(S.watchPage)?.querySelectorAll(S.videoInfo) ?? []) {
    blocks.push(...metadata.querySelectorAll(S.videoText));
  }
  return blocksText(blocks);
}

/** The title of the video a feed tile shows (the ⋮ menu's Share), with any hashtags written in it. */
export function tileText(tile: Element): string {
  return blocksText(tile.querySelectorAll(S.tileTitle));
}
