export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  /** The dialog scrolls its text within this height; its buttons stay visible. */
  maxHeight: number;
}

const GAP = 8;
const MARGIN = 8;

/**
 * Where a dialog of `size` goes next to `anchor`: below it when it fits, else
 * above when that fits, else on the roomier side with a height limit. It never
 * covers the control it is about and never leaves the viewport.
 */
export function placeNear(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const spaceBelow = viewport.height - MARGIN - (anchor.top + anchor.height + GAP);
  const spaceAbove = anchor.top - GAP - MARGIN;
  const left = clamp(anchor.left, MARGIN, viewport.width - size.width - MARGIN);
  const below = size.height <= spaceBelow || (size.height > spaceAbove && spaceBelow >= spaceAbove);
  if (below) {
    const top = clamp(anchor.top + anchor.height + GAP, MARGIN, viewport.height - MARGIN);
    return { top, left, maxHeight: Math.max(viewport.height - MARGIN - top, 0) };
  }
  const height = Math.min(size.height, spaceAbove);
  return { top: Math.max(anchor.top - GAP - height, MARGIN), left, maxHeight: height };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
