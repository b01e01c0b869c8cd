import { FacebookLabels, FacebookSelectors } from './selectors';

/**
 * Posts a held comment again. Newer composers have a send button (Comment /
 * Komentari) beside the box, which posts on a click as for a user; without
 * one, the box gets the Enter it was: Lexical's keydown handler sits on the
 * box itself and reads `keyCode` (13, no Shift, means KEY_ENTER_COMMAND),
 * checking neither `key` nor `isTrusted`; Facebook's own Enter handler is not
 * public, and could refuse an untrusted key.
 */
export function replayComment(box: HTMLElement): void {
  const send = sendButton(box);
  if (send !== null) return send.click();
  box.focus();
  const init = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true };
  box.dispatchEvent(new KeyboardEvent('keydown', init));
}

/**
 * The composer's own send button: widening out from the box, never as far as
 * another comment box (a reply composer's button is not this box's) or the
 * post's action bar (whose Comment button only opens a composer).
 */
function sendButton(box: HTMLElement): HTMLElement | null {
  for (let scope = box.parentElement; scope !== null; scope = scope.parentElement) {
    if (
      scope.matches(FacebookSelectors.article) ||
      scope.querySelector(FacebookSelectors.actionMarker) !== null ||
      scope.querySelectorAll(FacebookSelectors.commentBox).length > 1
    ) {
      return null;
    }
    for (const button of scope.querySelectorAll<HTMLElement>(FacebookSelectors.control)) {
      const label = button.getAttribute('aria-label') ?? '';
      if (FacebookLabels.commentSend.has(label) && button.getAttribute('aria-disabled') !== 'true') return button;
    }
  }
  return null;
}
