import type { DetectedAction } from '../adapter';
import { postAction } from './icon-button';
import { InstagramSelectors } from './selectors';

/**
 * Enter in a post's comment box posts the comment (Shift+Enter is a new line,
 * and an IME composing text uses Enter to confirm a word). The guarded element
 * is the form's Post button, so a proceeded comment is replayed as its click.
 */
export function detectCommentKey(event: KeyboardEvent, target: Element): DetectedAction | null {
  if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return null;
  const box = target.closest<HTMLTextAreaElement>(InstagramSelectors.commentBox);
  return box === null ? null : commentFrom(box.form);
}

/** A press on the comment form's Post button. */
export function detectCommentPress(button: HTMLElement): DetectedAction | null {
  const form = button.closest<HTMLFormElement>(InstagramSelectors.commentForm);
  return form !== null && postButton(form) === button ? commentFrom(form) : null;
}

/** A submit of a comment form, however the page set it off. */
export function detectCommentSubmit(target: Element): DetectedAction | null {
  return target.tagName === 'FORM' ? commentFrom(target as HTMLFormElement) : null;
}

/** A comment on the form's post; an empty box posts nothing, so it is no comment. */
function commentFrom(form: HTMLFormElement | null): DetectedAction | null {
  const box = form?.querySelector<HTMLTextAreaElement>(InstagramSelectors.commentText);
  const button = form && postButton(form);
  if (!box || !button || box.value.trim() === '') return null;
  return postAction('comment', button);
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
