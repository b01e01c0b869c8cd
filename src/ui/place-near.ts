export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** Below the control (`top`) or above it (`bottom`, from the viewport's bottom edge), in viewport pixels. */
export type Placement = { left: number; maxHeight: number } & ({ top: number } | { bottom: number });

const GAP = 8;
/** The least room kept between the dialog and the viewport's edges; its style sheet keeps the same. */
export const MARGIN = 8;
/** The dialog's width is min(DIALOG_WIDTH, viewport - 2 × MARGIN) in its style sheet. */
export const DIALOG_WIDTH = 420;
/**
 * About the height of a warning with a long rule text in either language;
 * below the control when this much room is there.
 */
const ROOM_WANTED = 360;
/**
 * Below this much room on either side the warning cannot sit beside the
 * control and still show its text and buttons: a double-tapped reel or photo
 * fills a phone's screen, and a control scrolled half out of view leaves no
 * side at all.
 */
const ROOM_NEEDED = 200;

/**
 * Where the warning goes next to `anchor`, worked out before it is drawn so
 * that it is drawn once: measuring it first cost a second layout and render
 * on every click (CPU profile of the click benchmark). Below the control when
 * there is room for a typical warning, else on the roomier side; its height
 * is limited to that side (its text scrolls, its buttons stay), so it never
 * covers the control it is about and never leaves the viewport. Placed above,
 * its bottom edge is fixed next to the control, whatever its height. When
 * neither side has room (the control is as tall as the viewport, or starts
 * above it and ends below it), it goes over the control at the viewport's
 * bottom edge, where a thumb reaches its buttons.
 */
export function placeNear(anchor: Box, viewport: { width: number; height: number }): Placement {
  const width = Math.min(DIALOG_WIDTH, viewport.width - 2 * MARGIN);
  const spaceBelow = viewport.height - MARGIN - (anchor.top + anchor.height + GAP);
  const spaceAbove = anchor.top - GAP - MARGIN;
  const left = clamp(anchor.left, MARGIN, viewport.width - width - MARGIN);
  const inside = Math.max(viewport.height - 2 * MARGIN, 0);
  if (Math.max(spaceBelow, spaceAbove) < ROOM_NEEDED) return { bottom: MARGIN, left, maxHeight: inside };
  if (spaceBelow >= ROOM_WANTED || spaceBelow >= spaceAbove) {
    const top = clamp(anchor.top + anchor.height + GAP, MARGIN, viewport.height - MARGIN);
    return { top, left, maxHeight: Math.min(viewport.height - MARGIN - top, inside) };
  }
  // A control below the viewport's bottom edge still leaves the dialog inside it.
  const bottom = clamp(viewport.height - (anchor.top - GAP), MARGIN, viewport.height - MARGIN);
  return { bottom, left, maxHeight: Math.min(spaceAbove, inside) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
