import type { DetectedAction } from '../adapter';
import { commentAuthor, commentOf, postAuthor, postContainer, sharedAuthor } from './post';
import { textOf } from './post-text';

/**
 * A press on Like or on a reaction (Love, Haha… in the bar over the Like
 * button): a like of the content it sits in. In a comment, the comment's
 * author's. On a share, the sharer's: Facebook stores the reaction on the
 * share, a post of the sharer's own, not on the original it embeds.
 */
export function detectReaction(control: HTMLElement): DetectedAction | null {
  const post = postContainer(control);
  if (post === null) return null;
  const comment = commentOf(control, post);
  const author = comment === null ? postAuthor(post) : commentAuthor(comment);
  return author === null ? null : { intent: 'like', account: author.account, element: control, text: textOf(post, comment) };
}

/**
 * A press on Share: it opens the share menu, whose every choice shares, so
 * holding the press holds them all. Sharing a share passes on the original it
 * embeds, so the original's author counts there.
 */
export function detectShare(control: HTMLElement): DetectedAction | null {
  const post = postContainer(control);
  const author = post === null ? null : (sharedAuthor(post) ?? postAuthor(post));
  return author === null || post === null ? null : { intent: 'share', account: author.account, element: control, text: textOf(post, null) };
}
