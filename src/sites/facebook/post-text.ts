import { blocksText } from '../post-text';
import { ownParts } from './post';
import { FacebookSelectors as S } from './selectors';

/**
 * Reads, when called, the text of what an action touches: a comment's, or the
 * post's message with the message of the post it shares, and any hashtag
 * link outside them; never its comments.
 */
export const textOf = (post: Element, comment: Element | null) => (): string =>
  blocksText(comment === null ? ownParts(post, S.postText) : comment.querySelectorAll(S.commentText));
