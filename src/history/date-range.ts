/** A span of time in ms since the epoch, both ends included. */
export interface TimeRange {
  from: number;
  to: number;
}

/** The far end of an open range: later than any decision will be. */
export const END_OF_TIME = Number.MAX_SAFE_INTEGER;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight starting `day` (YYYY-MM-DD, as a date input gives it), `offset` days on; null for anything else. */
function localMidnight(day: string, offset: number): number | null {
  const match = DAY.exec(day);
  if (!match) return null;
  const [, year, month, date] = match.map(Number) as [number, number, number, number];
  const midnight = new Date(year, month - 1, date + offset);
  return Number.isNaN(midnight.getTime()) ? null : midnight.getTime();
}

/**
 * The days two date inputs select, in local time: from the start of `from` to
 * the end of `to`; an empty or invalid input leaves its end open. Null when
 * neither end is set, so "no date filter" is never mistaken for a range.
 */
export function dayRange(from: string, to: string): TimeRange | null {
  const start = localMidnight(from, 0);
  const nextDay = localMidnight(to, 1);
  if (start === null && nextDay === null) return null;
  return { from: start ?? 0, to: nextDay === null ? END_OF_TIME : nextDay - 1 };
}
