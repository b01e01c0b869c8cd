import type { DetectedAction } from '../adapter';
import { postAction } from './icon-button';
import { InstagramSelectors } from './selectors';

/**
 * Enter in a post's comment box posts the comment (Shift+Enter is a new line,
 * and an IME composing text uses Enter to confirm a word). The guarded element
 * is the form's Post button, so a proceeded comment is replayed as its click;
 * where the form shows none, the box itself, and the key is pressed again.
 */
export function detectCommentKey(event: KeyboardEvent, target: Element): DetectedAction | null {
  if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return null;
  const box = target.closest<HTMLTextAreaElement>(InstagramSelectors.commentBox);
  const form = box?.form;
  if (!box || !form) return null;
  return commentFrom(form) ?? boxComment(box, () => pressEnter(box));
}

/** A press on the comment form's Post button. */
export function detectCommentPress(button: HTMLElement): DetectedAction | null {
  const form = button.closest<HTMLFormElement>(InstagramSelectors.commentForm);
  return form !== null && postButton(form) === button ? commentFrom(form) : null;
}

/** A submit of a comment form, however the page set it off. */
export function detectCommentSubmit(target: Element): DetectedAction | null {
  if (target.tagName !== 'FORM') return null;
  const form = target as HTMLFormElement;
  const box = form.querySelector<HTMLTextAreaElement>(InstagramSelectors.commentText);
  return commentFrom(form) ?? (box && boxComment(box, () => form.requestSubmit()));
}

/** A comment on the form's post; an empty box posts nothing, so it is no comment. */
function commentFrom(form: HTMLFormElement): DetectedAction | null {
  const box = form.querySelector<HTMLTextAreaElement>(InstagramSelectors.commentText);
  const button = postButton(form);
  if (!box || !button || !hasText(box)) return null;
  return postAction('comment', button);
}

/** A comment from a form without a Post button, anchored at its box. */
function boxComment(box: HTMLTextAreaElement, replay: () => void): DetectedAction | null {
  const action = hasText(box) ? postAction('comment', box) : null;
  return action && { ...action, replay };
}

const hasText = (box: HTMLTextAreaElement): boolean => box.value.trim() !== '';

/** Instagram posts on the box's Enter, read by its key handler as the user's key was. */
function pressEnter(box: HTMLTextAreaElement): void {
  box.focus();
  const init = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true };
  box.dispatchEvent(new KeyboardEvent('keydown', init));
}

/**
 * The form's Post button: a submit button in older layouts; in newer ones the
 * one clickable with text and no icon ("Post", "Kirim", in any language),
 * which the emoji button, an icon, is not.
 */
function postButton(form: HTMLFormElement): HTMLElement | null {
  const submit = form.querySelector<HTMLElement>(InstagramSelectors.submitButton);
  if (submit !== null) return submit;
  for (const button of form.querySelectorAll<HTMLElement>(InstagramSelectors.clickable)) {
    if (button.querySelector(InstagramSelectors.anyIcon) === null && (button.textContent?.trim() ?? '') !== '') return button;
  }
  return null;
}
