import type { Retention } from '../settings/retention';

const DAY_MS = 86_400_000;

/** Decisions taken before this time (ms) are past the retention; null when history is kept for ever. */
export function retentionCutoff(retention: Retention, now: number): number | null {
  return retention === 'forever' ? null : now - retention * DAY_MS;
}
