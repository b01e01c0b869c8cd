import type { AccountRef } from '../../lists/platform';
import type { DetectedAction } from '../adapter';
import { commentAuthor, postAuthor, postContainer } from './post';
import { FacebookSelectors } from './selectors';

/**
 * Enter in a post's comment box posts the comment: Shift+Enter is a new line,
 * an IME uses Enter to confirm a word, and an empty box posts nothing. The box
 * has no submit button, so the warning sits by the box itself and a proceeded
 * comment is replayed as the Enter it was.
 */
export function detectCommentKey(event: KeyboardEvent, target: Element): DetectedAction | null {
  if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return null;
  const box = target.closest<HTMLElement>(FacebookSelectors.commentBox);
  if (box === null || box.textContent.trim() === '') return null;
  const post = postContainer(box);
  const account = post === null ? null : commentedOn(box, post);
  return account === null ? null : { intent: 'comment', account, element: box, replay: () => pressEnter(box) };
}

/**
 * Whose content the comment answers: in a comment's thread (the reply box
 * under it) that comment's author, else the post's author (a share's sharer,
 * whose post the comment is added to).
 */
function commentedOn(box: HTMLElement, post: Element): AccountRef | null {
  const thread = box.closest(FacebookSelectors.commentThread);
  if (thread === null || !post.contains(thread)) return postAuthor(post)?.account ?? null;
  const comment = thread.querySelector(FacebookSelectors.article);
  return comment === null ? null : (commentAuthor(comment)?.account ?? null);
}

/**
 * The page sees an Enter with isTrusted false. Facebook's editor may ignore
 * untrusted keys; then the comment stays in the box, unsent.
 */
function pressEnter(box: HTMLElement): void {
  box.focus();
  const init = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true };
  box.dispatchEvent(new KeyboardEvent('keydown', init));
}
