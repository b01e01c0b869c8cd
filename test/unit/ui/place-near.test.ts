import { describe, expect, it } from 'vitest';
import { placeNear, type Box } from '../../../src/ui/place-near';

const viewport = { width: 1280, height: 800 };
const size = { width: 420, height: 320 };

const overlaps = (a: Box, top: number, height: number) => top < a.top + a.height && a.top < top + height;

describe('placeNear', () => {
  it('puts the warning just below a control in the middle of the screen', () => {
    expect(placeNear({ top: 200, left: 500, width: 40, height: 30 }, size, viewport)).toEqual({
      top: 238,
      left: 500,
      maxHeight: 554,
    });
  });

  it('puts it just above a control near the bottom edge', () => {
    const anchor = { top: 700, left: 500, width: 40, height: 30 };
    const { top, maxHeight } = placeNear(anchor, size, viewport);
    expect(top + size.height).toBe(692);
    expect(maxHeight).toBe(size.height);
  });

  it('keeps it inside the viewport for a control at the right edge', () => {
    const { left } = placeNear({ top: 100, left: 1260, width: 20, height: 20 }, size, viewport);
    expect(left + size.width).toBeLessThanOrEqual(viewport.width - 8);
  });

  it('on a short screen, uses the roomier side and limits its height instead of covering the control', () => {
    const anchor = { top: 220, left: 300, width: 40, height: 20 };
    const tall = { width: 420, height: 500 };
    const placed = placeNear(anchor, tall, { width: 1366, height: 682 });
    expect(placed.top).toBe(248);
    expect(placed.maxHeight).toBe(682 - 8 - 248);
    expect(overlaps(anchor, placed.top, Math.min(tall.height, placed.maxHeight))).toBe(false);

    const low = { top: 500, left: 300, width: 40, height: 20 };
    const above = placeNear(low, tall, { width: 1366, height: 682 });
    expect(above.maxHeight).toBe(500 - 16);
    expect(above.top + above.maxHeight).toBe(492);
  });

  it('never places it above the top edge for a control scrolled out of view', () => {
    const { top } = placeNear({ top: -300, left: 10, width: 20, height: 20 }, size, viewport);
    expect(top).toBeGreaterThanOrEqual(8);
  });
});
