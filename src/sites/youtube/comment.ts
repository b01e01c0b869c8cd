import type { DetectedAction } from '../adapter';
import { contentOwner } from './content-owner';
import { contentText } from './content-text';
import { isDisabled } from './disabled';
import { actionOn } from './found-channel';
import { detectMobileCommentClick } from './mobile-comment';
import { YouTubeSelectors } from './selectors';

/** A desktop comment or reply box about to post, and its Comment / Reply button. */
export interface CommentBox {
  box: Element;
  button: HTMLElement;
}

/** A press on a desktop comment box's Comment (or Reply) button. */
export function commentPress(button: HTMLElement): CommentBox | null {
  const box = button.closest(YouTubeSelectors.commentSubmit)?.closest(YouTubeSelectors.commentBox);
  return box ? posting({ box, button }) : null;
}

/**
 * Ctrl+Enter (Cmd+Enter on a Mac) in a comment box posts it, as its button
 * does; plain Enter is a new line. The held key press is replayed as a click
 * on the same box's button.
 */
export function commentKey(event: KeyboardEvent, target: Element): CommentBox | null {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.altKey || event.isComposing) return null;
  const box = target.closest(YouTubeSelectors.commentText)?.closest(YouTubeSelectors.commentBox);
  const button = box?.querySelector<HTMLElement>(`${YouTubeSelectors.commentSubmit} ${YouTubeSelectors.button}`);
  return box && button ? posting({ box, button }) : null;
}

/** The words typed in a desktop comment box. */
export const typedComment = (box: Element): Element | null => box.querySelector(YouTubeSelectors.commentText);

/** A press on a comment box's Comment (or Reply) button, desktop or mobile. */
export function detectCommentClick(target: Element): DetectedAction | null {
  const button = target.closest<HTMLElement>(YouTubeSelectors.button);
  if (button === null) return null;
  if (button.closest(YouTubeSelectors.commentSubmit)?.closest(YouTubeSelectors.commentBox)) return commentOn(commentPress(button));
  return detectMobileCommentClick(button);
}

export const detectCommentKey = (event: KeyboardEvent, target: Element): DetectedAction | null =>
  commentOn(commentKey(event, target));

/** An empty box, whose button YouTube disables, posts nothing. */
function posting(found: CommentBox): CommentBox | null {
  if (isDisabled(found.button)) return null;
  return (typedComment(found.box)?.textContent.trim() ?? '') === '' ? null : found;
}

/**
 * A comment on the video (or Short) the box sits under; a box opened under a
 * comment posts a reply to that comment's author.
 */
function commentOn(found: CommentBox | null): DetectedAction | null {
  if (found === null) return null;
  const { box, button } = found;
  return actionOn('comment', contentOwner(box), button, () => contentText(box));
}
