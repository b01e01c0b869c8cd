import type { DetectedAction } from '../adapter';
import { postControlKind } from './labels';
import { postContainer } from './post';
import { detectReaction } from './post-actions';
import { FacebookSelectors as S } from './selectors';

/**
 * The reaction bar that opens on hovering Like is a layer of its own at the
 * end of the page (a dialog holding one toolbar of reaction buttons and
 * nothing else, no link), not inside the post, so no DOM path leads from it
 * to the post. It opens right over the Like button it belongs to (under it
 * near the top of the window): that button is found at the points just
 * beyond the bar's edges. These are the adapter's only layout reads, made
 * only for a press in such a bar, whose layout the page has just drawn.
 */
export function reactionLayer(control: Element): Element | null {
  const toolbar = control.closest(S.toolbar);
  const layer = toolbar?.closest(S.dialog);
  if (toolbar == null || layer == null || layer.querySelector(S.link) !== null) return null;
  const buttons = layer.querySelectorAll(S.control);
  for (const button of buttons) {
    if (!toolbar.contains(button)) return null;
  }
  return buttons.length >= 2 ? layer : null;
}

/** How far beyond the bar's edge, and how far along it, the Like button is looked for (px, fractions). */
const GAPS = [6, 18, 30, 42];
const ALONG = [0.05, 0.2, 0.35];

/**
 * A reaction chosen in the bar: a like of what the Like button under it likes.
 * Where that Like is already reacted the choice only changes or removes the
 * reaction, and is no new like. If the bar has closed by the time the user
 * proceeds, the Like button itself is pressed: a like all the same.
 */
export function detectLayerReaction(control: HTMLElement, layer: Element): DetectedAction | null {
  const like = likeUnder(layer);
  if (like === null || postControlKind(like) !== 'like') return null;
  const action = detectReaction(like);
  return action === null ? null : { ...action, element: control, replay: () => (control.isConnected ? control : like).click() };
}

function likeUnder(layer: Element): HTMLElement | null {
  const box = layer.getBoundingClientRect();
  const doc = layer.ownerDocument;
  for (const gap of GAPS) {
    for (const y of [box.bottom + gap, box.top - gap]) {
      for (const along of ALONG) {
        const hit = doc.elementFromPoint(box.left + box.width * along, y)?.closest<HTMLElement>(S.control);
        if (hit != null && !layer.contains(hit) && postContainer(hit) !== null) {
          const kind = postControlKind(hit);
          if (kind === 'like' || kind === 'unlike') return hit;
        }
      }
    }
  }
  return null;
}
