import type { DetectedAction } from '../adapter';
import { controlKind } from './labels';
import { repliedTo } from './replied-post';
import { ThreadsSelectors } from './selectors';

/** A press on a composer's Post button: a reply, when the composer replies to a post. */
export function detectReplySubmit(button: HTMLElement): DetectedAction | null {
  const dialog = button.closest(ThreadsSelectors.dialog);
  return dialog === null ? null : replyWith(dialog, button);
}

/** Ctrl+Enter (Cmd+Enter on macOS) in a composer posts it, as its Post button does. */
export function detectReplyKey(event: KeyboardEvent, target: Element): DetectedAction | null {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.isComposing) return null;
  const dialog = target.closest(ThreadsSelectors.editor)?.closest(ThreadsSelectors.dialog);
  if (!dialog) return null;
  for (const control of dialog.querySelectorAll<HTMLElement>(ThreadsSelectors.control)) {
    if (controlKind(control) === 'post') return replyWith(dialog, control);
  }
  return null;
}

function replyWith(dialog: Element, button: HTMLElement): DetectedAction | null {
  // A disabled Post button (nothing typed yet) posts nothing.
  if (button.getAttribute('aria-disabled') === 'true') return null;
  const account = repliedTo(dialog);
  return account === null ? null : { intent: 'comment', account, element: button };
}
