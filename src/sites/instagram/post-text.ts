import { blocksText } from '../post-text';
import { InstagramSelectors as S } from './selectors';

/**
 * The visible text of a post: its caption, with the hashtags Instagram links
 * to /explore/tags/<tag>/, never its comments. Instagram marks every run of
 * words a person wrote (caption, names, comments) with dir="auto", the same
 * in every layout (feed article, post page, dialog, Reels viewer); older
 * post pages put the caption in an h1. Comments are left out by their
 * permalinks (see commentBlocks), and the comment form by being a form.
 */
export function postText(post: Element): string {
  const comments = commentBlocks(post);
  const blocks = [...post.querySelectorAll(S.textRun)].filter(
    (block) => block.closest(S.commentForm) === null && !comments.some((comment) => comment.contains(block)),
  );
  return blocksText(blocks);
}

/** The text of the comment whose row holds `element` (a comment's heart), or '' when it is no comment's. */
export function commentText(element: Element, post: Element): string {
  const comment = commentBlocks(post).find((block) => block.contains(element));
  return comment === undefined ? '' : blocksText(comment.querySelectorAll(S.textRun));
}

/**
 * Each comment of the post as a block: the largest block around its
 * permalink (the time stamp linking /p/<code>/c/<id>/) that holds no other
 * time stamp and not the comment form. The caption beside the comments
 * shows the post's own time (post pages); in feeds it shares a block with
 * the form. So no comment's block reaches the caption.
 */
function commentBlocks(post: Element): Element[] {
  const blocks: Element[] = [];
  for (const permalink of post.querySelectorAll(S.commentPermalink)) {
    let block: Element = permalink;
    for (let up = block.parentElement; up !== null && up !== post && isOneComment(up); up = up.parentElement) block = up;
    blocks.push(block);
  }
  return blocks;
}

const isOneComment = (block: Element): boolean =>
  block.querySelectorAll(S.time).length <= 1 && block.querySelector(S.commentForm) === null;
