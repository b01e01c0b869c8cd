import type { Intent } from '../../guard/intent';
import type { DetectedAction } from '../adapter';
import { postAction } from './post-action';
import { XSelectors } from './selectors';

/**
 * X's one-letter shortcuts act on the focused post (X focuses the article
 * itself when moving with j/k or Tab): `l` likes, `t` opens the repost menu.
 * The guarded element is the post's own button, so a proceeded action is
 * replayed as a click on it. Shift and Caps Lock give capitals: warning on a key
 * X might ignore costs one dismissible prompt; letting a real action through
 * defeats the guard.
 */
const SHORTCUTS: ReadonlyMap<string, { intent: Intent; button: string }> = new Map([
  ['l', { intent: 'like', button: XSelectors.likeButton }],
  ['t', { intent: 'share', button: XSelectors.retweetButton }],
]);

export function detectShortcut(event: KeyboardEvent, target: Element): DetectedAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return null;
  const shortcut = SHORTCUTS.get(event.key.toLowerCase());
  if (shortcut === undefined || target.closest(XSelectors.editable) !== null) return null;
  const tweet = target.ownerDocument.activeElement?.closest(XSelectors.tweet);
  // A liked or reposted post shows `unlike` / `unretweet` instead, so the key
  // (which undoes there, not an intent) finds no button.
  const button = tweet?.querySelector<HTMLElement>(`${XSelectors.actionBar} ${shortcut.button}`);
  return button ? postAction(button, shortcut.intent) : null;
}
