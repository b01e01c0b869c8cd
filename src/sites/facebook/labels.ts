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
