import type { DetectedAction } from '../adapter';
import { postAction } from './icon-button';
import { InstagramSelectors } from './selectors';

/**
 * What a comment form is about to post: its box, the control that posts it
 * (the Post button, else the box itself) and how to post again where a click
 * on that control would not.
 */
export interface CommentSubmit {
  box: HTMLTextAreaElement;
  element: HTMLElement;
  replay?: () => void;
}

/**
 * Enter in a post's comment box posts the comment (Shift+Enter is a new line,
 * and an IME composing text uses Enter to confirm a word). The guarded element
 * is the form's Post button, so a proceeded comment is replayed as its click;
 * where the form shows none, the box itself, and the key is pressed again.
 */
export function commentKey(event: KeyboardEvent, target: Element): CommentSubmit | null {
  if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return null;
  const box = target.closest<HTMLTextAreaElement>(InstagramSelectors.commentBox);
  const form = box?.form;
  return box && form ? submitOf(form, () => pressEnter(box)) : null;
}

/** A press on the comment form's Post button. */
export function commentPress(button: HTMLElement): CommentSubmit | null {
  const form = button.closest<HTMLFormElement>(InstagramSelectors.commentForm);
  return form !== null && postButton(form) === button ? submitOf(form, () => form.requestSubmit()) : null;
}

/** A submit of a comment form, however the page set it off. */
export function commentFormSubmit(target: Element): CommentSubmit | null {
  if (target.tagName !== 'FORM') return null;
  const form = target as HTMLFormElement;
  return submitOf(form, () => form.requestSubmit());
}

export const detectCommentKey = (event: KeyboardEvent, target: Element): DetectedAction | null =>
  commentOn(commentKey(event, target));
export const detectCommentPress = (button: HTMLElement): DetectedAction | null => commentOn(commentPress(button));
export const detectCommentSubmit = (target: Element): DetectedAction | null => commentOn(commentFormSubmit(target));

/** A comment is on the form's post, by its author. */
function commentOn(submit: CommentSubmit | null): DetectedAction | null {
  const action = submit && postAction('comment', submit.element);
  return action && submit?.replay ? { ...action, replay: submit.replay } : action;
}

/**
 * Posted through the form's Post button, or, where the form shows none, at
 * its box by `replay`. An empty box posts nothing, nor does a disabled button.
 */
function submitOf(form: HTMLFormElement, replay: () => void): CommentSubmit | null {
  const box = form.querySelector<HTMLTextAreaElement>(InstagramSelectors.commentText);
  if (box === null || box.value.trim() === '') return null;
  const button = postButton(form);
  if (button === null) return { box, element: box, replay };
  return button.matches(InstagramSelectors.disabled) ? null : { box, element: button };
}

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
