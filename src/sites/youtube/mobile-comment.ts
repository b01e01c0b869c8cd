import type { DetectedAction } from '../adapter';
import { contentOwner } from './content-owner';
import { contentText } from './content-text';
import { isDisabled } from './disabled';
import { actionOn } from './found-channel';
import { YouTubeSelectors } from './selectors';

/**
 * m.youtube.com: a press on the comment composer's submit button posts the
 * text in its textarea (Enter there is a new line); the textarea, or null
 * when the press posts nothing (an empty box, a disabled button).
 */
export function mobileCommentPress(button: HTMLElement): HTMLTextAreaElement | null {
  const box = button.closest(YouTubeSelectors.mobileCommentSubmit)?.closest(YouTubeSelectors.mobileCommentBox);
  if (!box || isDisabled(button)) return null;
  const text = box.querySelector<HTMLTextAreaElement>(YouTubeSelectors.mobileCommentText);
  return text === null || text.value.trim() === '' ? null : text;
}

/**
 * The comments panel is not inside the watch page's element, so a comment
 * that answers no comment goes to the video of the page's watch element; a
 * reply box inside a comment answers that comment's author.
 */
export function detectMobileCommentClick(button: HTMLElement): DetectedAction | null {
  const text = mobileCommentPress(button);
  if (text === null) return null;
  const around = text.closest(`${YouTubeSelectors.comment}, ${YouTubeSelectors.watchPage}`);
  const scope = around ?? text.ownerDocument.querySelector(YouTubeSelectors.mobileWatchPage);
  return scope === null ? null : actionOn('comment', contentOwner(scope), button, () => contentText(scope));
}
