import type { DetectedAction } from '../adapter';
import { boxOfSendButton } from './composer';
import { commentAuthor, postAuthor, postContainer } from './post';
import { replayComment } from './comment-replay';
import { textOf } from './post-text';
import { FacebookSelectors } from './selectors';

/**
 * Enter in a post's comment box posts the comment: Shift+Enter is a new line,
 * an IME uses Enter to confirm a word, and an empty box posts nothing. The
 * warning sits by the box itself; see replayComment for how a proceeded
 * comment is posted.
 */
export function detectCommentKey(event: KeyboardEvent, target: Element): DetectedAction | null {
  if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return null;
  const box = target.closest<HTMLElement>(FacebookSelectors.commentBox);
  const touched = box === null ? null : commented(box);
  return touched === null || box === null ? null : { intent: 'comment', ...touched, element: box, replay: () => replayComment(box) };
}

/** A click on a composer's send button posts the comment as Enter does; a disabled one posts nothing. */
export function detectCommentSend(control: HTMLElement): DetectedAction | null {
  const box = boxOfSendButton(control);
  if (box === null || control.getAttribute('aria-disabled') === 'true') return null;
  const touched = commented(box);
  return touched === null ? null : { intent: 'comment', ...touched, element: control };
}

function commented(box: HTMLElement): Pick<DetectedAction, 'account' | 'text'> | null {
  if (box.textContent.trim() === '') return null;
  const post = postContainer(box);
  return post === null ? null : commentedOn(box, post);
}

/**
 * Whose content the comment answers: in a comment's thread (the reply box
 * under it) that comment's author, else the post's author (a share's sharer,
 * whose post the comment is added to).
 */
function commentedOn(box: HTMLElement, post: Element): Pick<DetectedAction, 'account' | 'text'> | null {
  const thread = box.closest(FacebookSelectors.commentThread);
  const inThread = thread !== null && post.contains(thread);
  const comment = inThread ? thread.querySelector(FacebookSelectors.article) : null;
  const author = inThread ? comment && commentAuthor(comment) : postAuthor(post);
  return author ? { account: author.account, text: textOf(post, comment) } : null;
}
