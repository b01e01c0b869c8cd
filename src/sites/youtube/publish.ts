import type { Publish } from '../adapter';
import { blocksText } from '../post-text';
import { commentKey, commentPress, typedComment, type CommentBox } from './comment';
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
  if (event.type === 'keydown') return typed(commentKey(event as KeyboardEvent, target));
  if (event.type !== 'click') return null;
  const button = target.closest<HTMLElement>(YouTubeSelectors.button);
  if (button === null) return null;
  const desktop = commentPress(button);
  if (desktop !== null) return typed(desktop);
  const mobile = mobileCommentPress(button);
  return mobile && { element: button, text: () => mobile.value };
}

function typed(found: CommentBox | null): Publish | null {
  if (found === null) return null;
  const words = typedComment(found.box);
  return { element: found.button, text: () => (words === null ? '' : blocksText([words])) };
}
