import type { DetectedAction } from '../adapter';
import { contentOwner } from './content-owner';
import { contentText } from './content-text';
import { isDisabled } from './disabled';
import { actionOn } from './found-channel';
import { detectMobileCommentClick } from './mobile-comment';
import { YouTubeSelectors } from './selectors';

/** A desktop comment or reply box about to post, its Comment / Reply button and the words typed in it. */
export interface CommentBox {
  box: Element;
  button: HTMLElement;
  words: Element;
}

/**
 * The desktop comment box this event posts: a press on its Comment (or
 * Reply) button, or Ctrl+Enter (Cmd+Enter on a Mac) in it, which posts as the
 * button does (plain Enter is a new line; a held key press is replayed as a
 * click on the button). Null when it posts nothing: an empty box, whose
 * button YouTube disables.
 */
export function commentBox(event: Event, target: Element): CommentBox | null {
  let box: Element | null | undefined;
  let button: HTMLElement | null | undefined;
  if (event.type === 'click') {
    button = target.closest<HTMLElement>(YouTubeSelectors.button);
    box = button?.closest(YouTubeSelectors.commentSubmit)?.closest(YouTubeSelectors.commentBox);
  } else if (isSendKey(event as KeyboardEvent)) {
    box = target.closest(YouTubeSelectors.commentText)?.closest(YouTubeSelectors.commentBox);
    button = box?.querySelector<HTMLElement>(`${YouTubeSelectors.commentSubmit} ${YouTubeSelectors.button}`);
  }
  const words = box?.querySelector(YouTubeSelectors.commentText);
  if (!box || !button || !words || isDisabled(button)) return null;
  return words.textContent.trim() === '' ? null : { box, button, words };
}

const isSendKey = (event: KeyboardEvent): boolean =>
  event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.isComposing;

/**
 * A comment on the video (or Short) the box sits under; a box opened under a
 * comment posts a reply to that comment's author. On mobile, the composer's
 * submit button.
 */
export function detectComment(event: Event, target: Element): DetectedAction | null {
  const found = commentBox(event, target);
  if (found !== null) return actionOn('comment', contentOwner(found.box), found.button, () => contentText(found.box));
  const button = event.type === 'click' ? target.closest<HTMLElement>(YouTubeSelectors.button) : null;
  return button && detectMobileCommentClick(button);
}
