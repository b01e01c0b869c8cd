import { describe, expect, it } from 'vitest';
import { virtualWindow } from '../../../src/ui/pages/history/virtual-window';

const base = { count: 100_000, rowHeight: 36, viewportHeight: 360, overscan: 5 };

describe('virtual window', () => {
  it('renders the first screenful and the overscan below it at the top', () => {
    expect(virtualWindow({ ...base, scrollTop: 0 })).toEqual({ start: 0, end: 16, before: 0, after: (100_000 - 16) * 36 });
  });

  it('follows the scroll position, with overscan either side', () => {
    const w = virtualWindow({ ...base, scrollTop: 36 * 50_000 + 10 });
    expect(w).toEqual({ start: 49_995, end: 50_016, before: 49_995 * 36, after: (100_000 - 50_016) * 36 });
  });

  it('keeps the spacers and rows adding up to the full height', () => {
    for (const scrollTop of [0, 17, 3600, 36 * 99_990, 36 * 100_000, 10 ** 9]) {
      const w = virtualWindow({ ...base, scrollTop });
      expect(w.before + (w.end - w.start) * 36 + w.after).toBe(100_000 * 36);
      expect(w.start).toBeLessThanOrEqual(w.end);
    }
  });

  it('handles short and empty lists', () => {
    expect(virtualWindow({ ...base, count: 3, scrollTop: 0 })).toEqual({ start: 0, end: 3, before: 0, after: 0 });
    expect(virtualWindow({ ...base, count: 0, scrollTop: 500 })).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });
});
