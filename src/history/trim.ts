import type { Retention } from '../settings/retention';
import type { TimeRange } from './date-range';
import type { HistoryEntry } from './entry';
import { retentionCutoff } from './retention';

/** What is left after a range is deleted, without reading the store again. */
export function withoutRange(entries: readonly HistoryEntry[], range: TimeRange): HistoryEntry[] {
  return entries.filter((entry) => entry.at < range.from || entry.at > range.to);
}

/**
 * The entries the retention keeps. The page applies it itself so that what
 * it shows follows a changed setting at once, before the background's pass.
 */
export function withinRetention(entries: readonly HistoryEntry[], retention: Retention, now: number): readonly HistoryEntry[] {
  const cutoff = retentionCutoff(retention, now);
  return cutoff === null ? entries : entries.filter((entry) => entry.at >= cutoff);
}
