import type { DetectedAction } from '../adapter';
import { firstAccount } from './author';
import { TikTokSelectors } from './selectors';
import { videoOf } from './video';
import { commentText, videoText } from './video-text';

/** A comment box about to post: its Draft.js editor and its Post button. */
export interface CommentBox {
  editor: Element;
  button: HTMLElement;
}

/**
 * Enter in a comment box posts the comment (Shift+Enter is a new line, and an
 * IME composing text uses Enter to confirm a word). The guarded element is the
 * box's Post button, so a proceeded comment is replayed as its click.
 */
export function commentKey(event: KeyboardEvent, target: Element): CommentBox | null {
  if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return null;
  const editor = target.closest(TikTokSelectors.commentEditor);
  const button = editor === null ? null : composerPart<HTMLElement>(editor, TikTokSelectors.commentPost);
  return editor === null || button === null ? null : posting({ editor, button });
}

/** A press on a comment box's Post button. */
export function commentPress(button: HTMLElement): CommentBox | null {
  const editor = composerPart(button, TikTokSelectors.commentEditor);
  return editor === null ? null : posting({ editor, button });
}

export const detectCommentKey = (event: KeyboardEvent, target: Element): DetectedAction | null =>
  commentOn(commentKey(event, target));
export const detectCommentPress = (button: HTMLElement): DetectedAction | null => commentOn(commentPress(button));

/** An empty box posts nothing, nor does a disabled Post button. */
function posting(box: CommentBox): CommentBox | null {
  return (box.editor.textContent?.trim() ?? '') === '' || box.button.matches(TikTokSelectors.disabled) ? null : box;
}

/**
 * A reply box opened under a comment answers that comment's author; the box
 * under the list comments on the video's.
 */
function commentOn(box: CommentBox | null): DetectedAction | null {
  if (box === null) return null;
  const { editor, button } = box;
  const replied = editor.closest(TikTokSelectors.commentItem);
  if (replied !== null) {
    const account = firstAccount(replied, TikTokSelectors.commentAuthor)?.account;
    return account === undefined ? null : { intent: 'comment', account, element: button, text: () => commentText(replied) };
  }
  const video = videoOf(editor);
  return video === null ? null : { intent: 'comment', account: video.author, element: button, text: () => videoText(video) };
}

/** The other half of a comment box (editor ↔ Post button): the nearest one around `from`. */
function composerPart<T extends Element>(from: Element, selector: string): T | null {
  for (let block = from.parentElement; block !== null; block = block.parentElement) {
    const part = block.querySelector<T>(selector);
    if (part !== null) return part;
  }
  return null;
}
