import type { DetectedAction } from '../adapter';
import { isDisabled, keyedPostButton } from './composer';
import { threadsPostText } from './post-text';
import { repliedPost, repliedTo } from './replied-post';
import { ThreadsSelectors } from './selectors';

/** A press on a composer's Post button: a reply, when the composer replies to a post. */
export function detectReplySubmit(button: HTMLElement): DetectedAction | null {
  const dialog = button.closest(ThreadsSelectors.dialog);
  return dialog === null ? null : replyWith(dialog, button);
}

/** Ctrl+Enter (Cmd+Enter on macOS) in a composer posts it, as its Post button does. */
export function detectReplyKey(event: KeyboardEvent, target: Element): DetectedAction | null {
  const keyed = keyedPostButton(event, target);
  return keyed === null ? null : replyWith(keyed.dialog, keyed.button);
}

function replyWith(dialog: Element, button: HTMLElement): DetectedAction | null {
  const account = isDisabled(button) ? null : repliedTo(dialog);
  if (account === null) return null;
  const post = repliedPost(dialog);
  return post === null
    ? { intent: 'comment', account, element: button }
    : { intent: 'comment', account, element: button, text: () => threadsPostText(post) };
}
