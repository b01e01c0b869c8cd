import type { DetectedAction } from '../adapter';
import { contentOwner } from './content-owner';
import { actionOn } from './found-channel';
import { detectMobileCommentClick } from './mobile-comment';
import { YouTubeSelectors } from './selectors';

/** A press on a comment box's Comment (or Reply) button, desktop or mobile. */
export function detectCommentClick(target: Element): DetectedAction | null {
  const button = target.closest<HTMLElement>(YouTubeSelectors.button);
  if (button === null) return null;
  const box = button.closest(YouTubeSelectors.commentSubmit)?.closest(YouTubeSelectors.commentBox);
  return box ? commentFrom(box, button) : detectMobileCommentClick(button);
}

/**
 * Ctrl+Enter (Cmd+Enter on a Mac) in a comment box posts it, as its button
 * does; plain Enter is a new line. The held key press is replayed as a click
 * on the same box's button.
 */
export function detectCommentKey(event: KeyboardEvent, target: Element): DetectedAction | null {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.altKey || event.isComposing) return null;
  const box = target.closest(YouTubeSelectors.commentText)?.closest(YouTubeSelectors.commentBox);
  const button = box?.querySelector<HTMLElement>(`${YouTubeSelectors.commentSubmit} ${YouTubeSelectors.button}`);
  return box && button ? commentFrom(box, button) : null;
}

/**
 * A comment on the video (or Short) the box sits under; a box opened under a
 * comment posts a reply to that comment's author. An empty box, whose button
 * YouTube disables, posts nothing.
 */
function commentFrom(box: Element, button: HTMLElement): DetectedAction | null {
  if (button.matches(':disabled, [aria-disabled="true"]')) return null;
  if ((box.querySelector(YouTubeSelectors.commentText)?.textContent.trim() ?? '') === '') return null;
  return actionOn('comment', contentOwner(box), button);
}
