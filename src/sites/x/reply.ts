import type { AccountRef } from '../../lists/platform';
import type { DetectedAction } from '../adapter';
import { tweetAuthor } from './author';
import { XSelectors } from './selectors';

/** A click on a composer's Post/Reply button: a comment when the composer answers a post. */
export function detectReplyClick(target: Element): DetectedAction | null {
  const button = target.closest<HTMLElement>(XSelectors.composerSubmit);
  return button === null ? null : replyWith(button);
}

/**
 * Ctrl+Enter (Cmd+Enter on a Mac) in a composer sends it, as its button does;
 * plain Enter is a new line. The held key press is replayed as a click on the
 * same composer's button.
 */
export function detectReplyKey(event: KeyboardEvent, target: Element): DetectedAction | null {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.altKey || event.isComposing) return null;
  const text = target.closest(XSelectors.composerText);
  const button = text === null ? null : composerButton(text);
  return button === null ? null : replyWith(button);
}

function replyWith(button: HTMLElement): DetectedAction | null {
  if (button.matches(':disabled, [aria-disabled="true"]')) return null;
  const account = repliedTo(button);
  return account === null ? null : { intent: 'comment', account, element: button };
}

/**
 * Whose post a composer answers. In the reply dialog, the post X shows above the
 * composer: its author, not every handle in "Replying to @a @b", which also
 * names the people earlier in the thread. Inline, the status page's focused
 * post, the only one X puts a reply box under. A dialog without a post, or the
 * home feed's "What is happening?!" box, writes a new post: not a comment.
 */
function repliedTo(button: HTMLElement): AccountRef | null {
  const dialog = button.closest(XSelectors.dialog);
  const scope = dialog ?? button.closest(XSelectors.primaryColumn);
  const post = scope?.querySelector(dialog === null ? XSelectors.focusedTweet : XSelectors.tweet);
  return post ? tweetAuthor(post) : null;
}

/**
 * The button of the composer holding this text box. X gives the composer no
 * stable hook of its own, so the nearest ancestor holding a submit button is
 * taken; the search stays inside the dialog or column so it never reaches
 * another composer on the page.
 */
function composerButton(text: Element): HTMLElement | null {
  const limit = text.closest(`${XSelectors.dialog}, ${XSelectors.primaryColumn}`);
  if (limit === null) return null;
  for (let scope = text.parentElement; scope !== null; scope = scope.parentElement) {
    const button = scope.querySelector<HTMLElement>(XSelectors.composerSubmit);
    if (button !== null || scope === limit) return button;
  }
  return null;
}
