import { isLikePair } from './action-bar';
import { controlKind } from './labels';
import { FacebookSelectors as S } from './selectors';

/**
 * A post shown without an article around it: a post's dialog, or the photo
 * viewer's side panel, whose own action bar (a Like outside every comment and
 * outside the reaction toolbars) sits in the panel itself. Its comments are
 * articles inside it. A panel without one (the feed's sidebar, the
 * notifications, a chat, the reaction bar's own layer) holds no post.
 */
export function postPanel(element: Element): Element | null {
  for (let panel = element.closest(S.panel); panel !== null; panel = panel.parentElement?.closest(S.panel) ?? null) {
    if (hasOwnLike(panel)) return panel;
  }
  return null;
}

/** Controls in a panel nested inside (the photo viewer's, in a dialog) are that panel's. */
function hasOwnLike(panel: Element): boolean {
  for (const control of panel.querySelectorAll(S.control)) {
    if (control.closest(S.panel) !== panel || panel.contains(control.closest(`${S.article}, ${S.toolbar}`))) continue;
    const kind = controlKind(control);
    if (kind === 'like' || kind === 'unlike' || isLikePair(control)) return true;
  }
  return false;
}
