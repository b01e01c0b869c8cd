import type { AccountRef } from '../../lists/platform';
import type { DetectedAction } from '../adapter';
import { postAuthor } from './author';
import { controlKind } from './labels';
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

/**
 * Whose post the composer replies to: the reply dialog shows the thread it
 * answers above the editor, the post replied to last. Replying to an unlisted
 * reply under a listed post is a comment on the reply's author. A post shown
 * below the editor is a quote being composed, and a composer without posts
 * above it writes a new post: neither is a reply.
 */
function repliedTo(dialog: Element): AccountRef | null {
  const editor = dialog.querySelector(ThreadsSelectors.editor);
  if (editor === null) return null;
  let replied: Element | null = null;
  for (const post of dialog.querySelectorAll(ThreadsSelectors.post)) {
    const quoted = post.parentElement?.closest(ThreadsSelectors.post);
    const above = (post.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    if (above && (!quoted || !dialog.contains(quoted))) replied = post;
  }
  return replied === null ? null : postAuthor(replied);
}
