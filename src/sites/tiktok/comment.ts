import type { DetectedAction } from '../adapter';
import { firstAccount } from './author';
import { TikTokSelectors } from './selectors';
import { videoOf } from './video';

/**
 * Enter in a comment box posts the comment (Shift+Enter is a new line, and an
 * IME composing text uses Enter to confirm a word). The guarded element is the
 * box's Post button, so a proceeded comment is replayed as its click.
 */
export function detectCommentKey(event: KeyboardEvent, target: Element): DetectedAction | null {
  if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return null;
  const editor = target.closest(TikTokSelectors.commentEditor);
  const button = editor === null ? null : composerPart<HTMLElement>(editor, TikTokSelectors.commentPost);
  return editor === null || button === null ? null : comment(editor, button);
}

/** A press on a comment box's Post button. */
export function detectCommentPress(button: HTMLElement): DetectedAction | null {
  const editor = composerPart(button, TikTokSelectors.commentEditor);
  return editor === null ? null : comment(editor, button);
}

/**
 * An empty box posts nothing. A reply box opened under a comment answers that
 * comment's author; the box under the list comments on the video's.
 */
function comment(editor: Element, button: HTMLElement): DetectedAction | null {
  if ((editor.textContent?.trim() ?? '') === '') return null;
  const replied = editor.closest(TikTokSelectors.commentItem);
  const account = replied === null ? videoOf(editor)?.author : firstAccount(replied, TikTokSelectors.commentAuthor)?.account;
  return account === undefined ? null : { intent: 'comment', account, element: button };
}

/** The other half of a comment box (editor ↔ Post button): the nearest one around `from`. */
function composerPart<T extends Element>(from: Element, selector: string): T | null {
  for (let block = from.parentElement; block !== null; block = block.parentElement) {
    const part = block.querySelector<T>(selector);
    if (part !== null) return part;
  }
  return null;
}
