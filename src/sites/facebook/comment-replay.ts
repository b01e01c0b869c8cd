import { sendButtonOf } from './composer';

/**
 * Posts a held comment again. Newer composers have a send button beside the
 * box, which posts on a click as for a user; without one, the box gets the
 * Enter it was: Lexical's keydown handler sits on the box itself and reads
 * `keyCode` (13, no Shift, means KEY_ENTER_COMMAND), checking neither `key`
 * nor `isTrusted`; Facebook's own Enter handler is not public, and could
 * refuse an untrusted key.
 */
export function replayComment(box: HTMLElement): void {
  const send = sendButtonOf(box);
  if (send !== null && send.getAttribute('aria-disabled') !== 'true') return send.click();
  box.focus();
  const init = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true };
  box.dispatchEvent(new KeyboardEvent('keydown', init));
}
