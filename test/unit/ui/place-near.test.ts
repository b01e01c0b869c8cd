import { describe, expect, it } from 'vitest';
import { placeNear, type Box, type Placement } from '../../../src/ui/place-near';

const viewport = { width: 1280, height: 800 };

/** The rows a placed dialog may take: from its top (or its bottom edge up) through its height limit. */
function span(placed: Placement, height: number, viewportHeight: number): { top: number; bottom: number } {
  const shown = Math.min(height, placed.maxHeight);
  if ('top' in placed) return { top: placed.top, bottom: placed.top + shown };
  const bottom = viewportHeight - placed.bottom;
  return { top: bottom - shown, bottom };
}

const overlaps = (a: Box, rows: { top: number; bottom: number }) => rows.top < a.top + a.height && a.top < rows.bottom;

describe('placeNear', () => {
  it('puts the warning just below a control in the middle of the screen', () => {
    expect(placeNear({ top: 200, left: 500, width: 40, height: 30 }, viewport)).toEqual({ top: 238, left: 500, maxHeight: 554 });
  });

  it('puts it just above a control near the bottom edge, its bottom edge next to the control', () => {
    const anchor = { top: 700, left: 500, width: 40, height: 30 };
    const placed = placeNear(anchor, viewport);
    expect(placed).toEqual({ bottom: 108, left: 500, maxHeight: 684 });
    for (const height of [200, 320, 500]) {
      const rows = span(placed, height, viewport.height);
      expect(rows.bottom).toBe(692);
      expect(overlaps(anchor, rows)).toBe(false);
    }
  });

  it('keeps it inside the viewport for a control at the right edge, and on a narrow screen', () => {
    expect(placeNear({ top: 100, left: 1260, width: 20, height: 20 }, viewport).left + 420).toBeLessThanOrEqual(viewport.width - 8);
    const phone = { width: 360, height: 740 };
    const { left } = placeNear({ top: 100, left: 300, width: 20, height: 20 }, phone);
    expect(left).toBe(8);
  });

  it('on a short screen, uses the roomier side and limits its height instead of covering the control', () => {
    const short = { width: 1366, height: 682 };
    const tall = 500;
    const anchor = { top: 220, left: 300, width: 40, height: 20 };
    const placed = placeNear(anchor, short);
    expect(placed).toEqual({ top: 248, left: 300, maxHeight: 682 - 8 - 248 });
    expect(overlaps(anchor, span(placed, tall, short.height))).toBe(false);

    const low = { top: 500, left: 300, width: 40, height: 20 };
    const above = placeNear(low, short);
    expect(above.maxHeight).toBe(500 - 16);
    const rows = span(above, tall, short.height);
    expect(rows.bottom).toBe(492);
    expect(rows.top).toBeGreaterThanOrEqual(8);
    expect(overlaps(low, rows)).toBe(false);
  });

  it('stays below a control with room for a typical warning, even when there is more room above', () => {
    const placed = placeNear({ top: 400, left: 10, width: 20, height: 20 }, viewport);
    expect(placed).toMatchObject({ top: 428 });
  });

  it('never places it above the top edge for a control scrolled out of view', () => {
    const placed = placeNear({ top: -300, left: 10, width: 20, height: 20 }, viewport);
    expect(placed).toMatchObject({ top: 8 });
  });

  /** The rows the dialog takes lie inside the viewport, whatever its height up to its limit. */
  const inViewport = (placed: Placement, vp: { width: number; height: number }) => {
    for (const height of [120, 300, 2000]) {
      const rows = span(placed, height, vp.height);
      expect(rows.top).toBeGreaterThanOrEqual(8);
      expect(rows.bottom).toBeLessThanOrEqual(vp.height - 8);
    }
    expect(placed.maxHeight).toBeGreaterThanOrEqual(200);
  };

  it('keeps it inside the viewport for a control taller than the viewport', () => {
    const reel = { top: 0, left: 0, width: 360, height: 900 };
    const phone = { width: 360, height: 640 };
    const placed = placeNear(reel, phone);
    expect(placed).toEqual({ bottom: 8, left: 8, maxHeight: 624 });
    inViewport(placed, phone);
  });

  it('keeps it inside the viewport for a control that starts above the viewport and ends below it', () => {
    const placed = placeNear({ top: -100, left: 40, width: 600, height: 2000 }, viewport);
    expect(placed).toEqual({ bottom: 8, left: 40, maxHeight: 784 });
    inViewport(placed, viewport);
  });

  it('keeps it inside the viewport for a control that starts above it and ends near its bottom edge', () => {
    const anchor = { top: -400, left: 40, width: 600, height: 1150 };
    const placed = placeNear(anchor, viewport);
    inViewport(placed, viewport);
  });

  it('keeps it inside the viewport for a control below the viewport', () => {
    const anchor = { top: 900, left: 40, width: 40, height: 20 };
    const placed = placeNear(anchor, viewport);
    expect(placed).toMatchObject({ bottom: 8 });
    inViewport(placed, viewport);
  });

  it('on a 360 × 640 phone, a control in the lower half gets the warning above it at full width', () => {
    const phone = { width: 360, height: 640 };
    const anchor = { top: 560, left: 300, width: 44, height: 44 };
    const placed = placeNear(anchor, phone);
    expect(placed).toEqual({ bottom: 88, left: 8, maxHeight: 544 });
    expect(overlaps(anchor, span(placed, 400, phone.height))).toBe(false);
  });
});
