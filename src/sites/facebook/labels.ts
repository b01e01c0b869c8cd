import { isBarShare, isLikePair, isUnreactedLike } from './action-bar';
import { FacebookLabels, FacebookSelectors, REACTED_LABEL, type ControlKind } from './selectors';

const KINDS = Object.entries(FacebookLabels) as [Exclude<ControlKind, 'unlike'>, ReadonlySet<string>][];

/**
 * What a control does. The action bar's markers say like or share in any
 * language; the reaction state (aria-pressed, "Remove …") comes first, because
 * a reacted Like button keeps its marker and only undoes. Other controls are
 * read from their label: aria-label, else their text.
 */
export function controlKind(control: Element): ControlKind | null {
  const label = (control.getAttribute('aria-label') ?? control.textContent).trim();
  if (control.getAttribute('aria-pressed') === 'true' || REACTED_LABEL.test(label)) return 'unlike';
  if (control.querySelector(FacebookSelectors.likeMarker) !== null) return 'like';
  if (control.querySelector(FacebookSelectors.shareMarker) !== null) return 'share';
  for (const [kind, labels] of KINDS) {
    if (labels.has(label)) return kind;
  }
  return null;
}

/**
 * What a control of a post or comment does, its action bar's shape read where
 * its label is not known: a Like pair likes unless reacted (then it undoes),
 * and the bar's last named button shares. Only inside posts: elsewhere the
 * same shapes are other buttons.
 */
export function postControlKind(control: Element): ControlKind | null {
  const kind = controlKind(control);
  if (kind !== null) return kind;
  if (isLikePair(control)) return isUnreactedLike(control) ? 'like' : 'unlike';
  return isBarShare(control) ? 'share' : null;
}
