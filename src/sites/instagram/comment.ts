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
 * The comment this event posts, or null. Enter in a post's comment box posts
 * it (Shift+Enter is a new line, and an IME composing text uses Enter to
 * confirm a word); so does a press on the form's Post button (a click, or
 * Enter or Space on it, which Instagram's own key handler turns into one) and
 * a submit of the form, however the page set it off. The guarded element is
 * the Post button, so a proceeded comment is replayed as its click; where the
 * form shows none, the box itself, and the key is pressed again.
 */
export function commentSubmit(event: Event, target: Element): CommentSubmit | null {
  if (event.type === 'submit') {
    const form = target.tagName === 'FORM' ? (target as HTMLFormElement) : null;
    return form && submitOf(form, () => form.requestSubmit());
  }
  let button: Element | null = event.type === 'click' ? target.closest(InstagramSelectors.clickable) : null;
  if (event.type === 'keydown') {
    const { key, shiftKey, isComposing } = event as KeyboardEvent;
    const box = key === 'Enter' && !shiftKey && !isComposing ? target.closest<HTMLTextAreaElement>(InstagramSelectors.commentBox) : null;
    if (box?.form) return submitOf(box.form, () => pressEnter(box));
    if ((key === 'Enter' || key === ' ') && target.matches(InstagramSelectors.scriptedButton)) button = target;
  }
  const form = button?.closest<HTMLFormElement>(InstagramSelectors.commentForm);
  return form && postButton(form) === button ? submitOf(form, () => form.requestSubmit()) : null;
}

/** A comment is on the form's post, by its author. */
export function commentOn(submit: CommentSubmit): DetectedAction | null {
  const action = postAction('comment', submit.element);
  return action && submit.replay ? { ...action, replay: submit.replay } : action;
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
