export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

const GAP = 8;
const MARGIN = 8;

/**
 * Top-left corner for a dialog of `size` next to `anchor`: below it when it
 * fits, above it otherwise, and always inside the viewport so a control near
 * an edge still gets a readable warning.
 */
export function placeNear(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { top: number; left: number } {
  const below = anchor.top + anchor.height + GAP;
  const above = anchor.top - GAP - size.height;
  let top = below + size.height <= viewport.height - MARGIN || above < MARGIN ? below : above;
  top = clamp(top, MARGIN, viewport.height - size.height - MARGIN);
  const left = clamp(anchor.left, MARGIN, viewport.width - size.width - MARGIN);
  return { top, left };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
