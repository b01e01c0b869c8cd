import type { HistoryEntry } from './entry';

/** One week of the chart: every warning shown, and how many of them the user went ahead with. */
export interface WeekBucket {
  /** Local midnight of the week's Monday, ms. */
  start: number;
  warnings: number;
  proceeded: number;
}

/** Local midnight of the Monday of the week holding `at` (ASN work weeks start on Monday). */
export function weekStart(at: number): number {
  const day = new Date(at);
  const sinceMonday = (day.getDay() + 6) % 7;
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() - sinceMonday).getTime();
}

/** The Monday before the one at `start`, by calendar so a daylight-saving change cannot shift it. */
function previousWeek(start: number): number {
  const monday = new Date(start);
  return new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() - 7).getTime();
}

/**
 * Weekly totals for the latest `maxWeeks` weeks that hold entries, oldest
 * first, empty weeks in between included so the chart's spacing is time.
 * `entries` must be newest first (as history is read); that lets the pass
 * compute a week boundary once per week, not once per entry, and stop early.
 */
export function weeklyBuckets(entries: readonly HistoryEntry[], maxWeeks: number): WeekBucket[] {
  const weeks: WeekBucket[] = [];
  let current: WeekBucket | undefined;
  for (const entry of entries) {
    if (!current || entry.at < current.start) {
      const target = weekStart(entry.at);
      let start = current ? previousWeek(current.start) : target;
      for (;;) {
        if (weeks.length === maxWeeks) return weeks.reverse();
        current = { start, warnings: 0, proceeded: 0 };
        weeks.push(current);
        if (start <= target) break;
        start = previousWeek(start);
      }
    }
    current.warnings++;
    if (entry.decision === 'proceeded') current.proceeded++;
  }
  return weeks.reverse();
}
