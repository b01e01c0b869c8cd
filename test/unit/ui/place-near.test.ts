import { describe, expect, it } from 'vitest';
import { placeNear } from '../../../src/ui/place-near';

const viewport = { width: 1280, height: 800 };
const size = { width: 380, height: 320 };

describe('placeNear', () => {
  it('puts the warning just below a control in the middle of the screen', () => {
    expect(placeNear({ top: 200, left: 500, width: 40, height: 30 }, size, viewport)).toEqual({ top: 238, left: 500 });
  });

  it('puts it above a control near the bottom edge', () => {
    const { top } = placeNear({ top: 700, left: 500, width: 40, height: 30 }, size, viewport);
    expect(top + size.height).toBeLessThanOrEqual(700);
  });

  it('keeps it inside the viewport for a control at the right edge', () => {
    const { left } = placeNear({ top: 100, left: 1260, width: 20, height: 20 }, size, viewport);
    expect(left + size.width).toBeLessThanOrEqual(viewport.width);
  });

  it('pins it to the top margin when the viewport is smaller than the warning', () => {
    expect(placeNear({ top: 50, left: 10, width: 20, height: 20 }, size, { width: 300, height: 200 })).toEqual({ top: 8, left: 8 });
  });

  it('never places it off screen for a control scrolled above the viewport', () => {
    const { top } = placeNear({ top: -300, left: 10, width: 20, height: 20 }, size, viewport);
    expect(top).toBeGreaterThanOrEqual(8);
  });
});
