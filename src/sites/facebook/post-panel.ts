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
    if (ownLikeButton(panel) !== null) return panel;
  }
  return null;
}

/**
 * The Like button (reacted or not) of this post or panel itself: the first
 * one not inside one of its comments, reaction toolbars or nested panels (the
 * photo viewer's, in a dialog).
 */
export function ownLikeButton(scope: Element): HTMLElement | null {
  for (const control of scope.querySelectorAll<HTMLElement>(S.control)) {
    const part = control.closest(`${S.article}, ${S.toolbar}, ${S.panel}`);
    if (part !== null && part !== scope && scope.contains(part)) continue;
    // The label or the Like pair's shape; not the bar's whole shape, which costs a search per button.
    const kind = controlKind(control);
    if (kind === 'like' || kind === 'unlike' || (kind === null && isLikePair(control))) return control;
  }
  return null;
}
