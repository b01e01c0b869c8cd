import type { Publish } from '../adapter';
import { blocksText } from '../post-text';
import { commentBox } from './comment';
import { mobileCommentPress } from './mobile-comment';
import { YouTubeSelectors } from './selectors';

/**
 * What YouTube lets a user write in a browser goes through its comment boxes:
 * comments and replies under videos and Shorts (desktop and m.youtube.com),
 * and wherever else YouTube renders the same ytd-commentbox. Their Comment /
 * Reply button and Ctrl/Cmd+Enter publish the text as typed; detect answers
 * the same press as a comment on the content's channel.
 */
export function publish(event: Event, target: Element): Publish | null {
  const found = commentBox(event, target);
  if (found !== null) return { element: found.button, text: () => blocksText([found.words]) };
  const button = event.type === 'click' ? target.closest<HTMLElement>(YouTubeSelectors.button) : null;
  const mobile = button === null ? null : mobileCommentPress(button);
  return button && mobile && { element: button, text: () => mobile.value };
}
