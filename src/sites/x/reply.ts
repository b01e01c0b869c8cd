import type { DetectedAction } from '../adapter';
import { tweetAuthor } from './author';
import { composerButton, isEnabled, isSendKey } from './composer';
import { tweetText } from './post-text';
import { XSelectors } from './selectors';

/** A click on a composer's Post/Reply button: a comment when the composer answers a post. */
export function detectReplyClick(target: Element): DetectedAction | null {
  const button = target.closest<HTMLElement>(XSelectors.composerSubmit);
  return button === null ? null : replyWith(button);
}

/** The send shortcut in a composer; the held key press is replayed as a click on the same composer's button. */
export function detectReplyKey(event: KeyboardEvent, target: Element): DetectedAction | null {
  if (!isSendKey(event)) return null;
  const text = target.closest(XSelectors.composerText);
  const button = text === null ? null : composerButton(text);
  return button === null ? null : replyWith(button);
}

function replyWith(button: HTMLElement): DetectedAction | null {
  const post = isEnabled(button) ? repliedTo(button) : null;
  const account = post ? tweetAuthor(post) : null;
  return account === null || !post ? null : { intent: 'comment', account, element: button, text: () => tweetText(post) };
}

/**
 * The post a composer answers. In the reply dialog, the post X shows above the
 * composer: its author, not every handle in "Replying to @a @b", which also
 * names the people earlier in the thread. Inline, the status page's focused
 * post, the only one X puts a reply box under. A dialog without a post, or the
 * home feed's "What is happening?!" box, writes a new post: not a comment.
 */
function repliedTo(button: HTMLElement): Element | null | undefined {
  const dialog = button.closest(XSelectors.dialog);
  const scope = dialog ?? button.closest(XSelectors.primaryColumn);
  return scope?.querySelector(dialog === null ? XSelectors.focusedTweet : XSelectors.tweet);
}
