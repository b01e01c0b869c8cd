export interface WindowInput {
  count: number;
  rowHeight: number;
  scrollTop: number;
  viewportHeight: number;
  /** Extra rows either side, so a fast scroll does not show blank space before the next render. */
  overscan: number;
}

/** Rows `start` (inclusive) to `end` (exclusive) are rendered; spacers of `before` and `after` px stand for the rest. */
export interface VirtualWindow {
  start: number;
  end: number;
  before: number;
  after: number;
}

/** Which rows of a fixed-height list a scroll position shows. */
export function virtualWindow({ count, rowHeight, scrollTop, viewportHeight, overscan }: WindowInput): VirtualWindow {
  const first = Math.min(count, Math.floor(Math.max(0, scrollTop) / rowHeight));
  const visible = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, first + visible + overscan);
  return { start, end, before: start * rowHeight, after: (count - end) * rowHeight };
}
