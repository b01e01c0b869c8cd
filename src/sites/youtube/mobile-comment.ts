import type { DetectedAction } from '../adapter';
import { contentOwner } from './content-owner';
import { actionOn } from './found-channel';
import { YouTubeSelectors } from './selectors';

/**
 * m.youtube.com: a press on the comment composer's submit button posts the
 * text in its textarea (Enter there is a new line). The comments panel is not
 * inside the watch page's element, so a comment that answers no comment goes
 * to the video of the page's watch element; a reply box inside a comment
 * answers that comment's author.
 */
export function detectMobileCommentClick(button: HTMLElement): DetectedAction | null {
  const box = button.closest(YouTubeSelectors.mobileCommentSubmit)?.closest(YouTubeSelectors.mobileCommentBox);
  if (!box || button.matches(':disabled, [aria-disabled="true"]')) return null;
  const text = box.querySelector<HTMLTextAreaElement>(YouTubeSelectors.mobileCommentText);
  if (text === null || text.value.trim() === '') return null;
  const around = box.closest(`${YouTubeSelectors.comment}, ${YouTubeSelectors.watchPage}`);
  const scope = around ?? box.ownerDocument.querySelector(YouTubeSelectors.mobileWatchPage);
  return scope === null ? null : actionOn('comment', contentOwner(scope), button);
}
