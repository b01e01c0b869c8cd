import { FacebookSelectors as S } from './selectors';

/**
 * A comment composer and its send button. On the saved pages a composer is a
 * form holding one comment box; its attachment buttons (sticker, emoji,
 * photo, GIF) are a list, and a 2023 composer adds the send button after the
 * box, outside that list, in a wrapper with a stable id. A 2022 composer has
 * none: Enter posts.
 */
function composerOf(element: Element): Element | null {
  return element.closest(S.form) ?? element.parentElement;
}

/** The send button of the composer this comment box is in, or null where Enter alone posts. */
export function sendButtonOf(box: HTMLElement): HTMLElement | null {
  const composer = composerOf(box);
  if (composer === null || composer.querySelectorAll(S.commentBox).length !== 1) return null;
  const controls = [...composer.querySelectorAll<HTMLElement>(S.control)].filter((control) => !control.contains(box));
  return controls.find((control) => control.closest(S.composerSubmit) !== null) ?? lastAfter(box, controls);
}

/** The composer's last button after the box and outside its attachment list, whatever its label's language. */
function lastAfter(box: Element, controls: HTMLElement[]): HTMLElement | null {
  const last = controls[controls.length - 1];
  if (last === undefined || last.closest(S.list) !== null) return null;
  return box.compareDocumentPosition(last) & Node.DOCUMENT_POSITION_FOLLOWING ? last : null;
}

/**
 * The comment box whose send button this control is, or null. Outside a form
 * the button can sit in a wrapper of its own (as its 2023 id wrapper does):
 * the nearest of a few ancestors holding a box is asked, and that box's own
 * send button must be this control.
 */
export function boxOfSendButton(control: HTMLElement): HTMLElement | null {
  let scope = composerOf(control);
  for (let up = 0; up < 3 && scope !== null && scope.querySelector(S.commentBox) === null; up++) scope = scope.parentElement;
  const box = scope?.querySelector<HTMLElement>(S.commentBox) ?? null;
  return box !== null && sendButtonOf(box) === control ? box : null;
}
