/**
 * When a subscription is next fetched. Pure: the background passes the clock.
 *
 * A list is fetched at most once a day: one request a day is all a publisher
 * (and anyone watching the network) sees of a subscriber. A failed fetch is
 * retried sooner, because the list in force may be stale, but with the wait
 * doubling each time, so a host that is down is not hammered.
 */
export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;
export const FIRST_RETRY = 30 * MINUTE;

/** Milliseconds to wait after the `failures`-th failure in a row (1-based): 30 min, 1 h, 2 h, … up to a day. */
export function retryDelay(failures: number): number {
  if (failures < 1) return DAY;
  return Math.min(FIRST_RETRY * 2 ** Math.min(failures - 1, 16), DAY);
}

/** The next automatic fetch after a check at `now` that succeeded, or was the `failures`-th failure in a row. */
export function nextCheckAt(now: number, failures: number): number {
  return now + (failures === 0 ? DAY : retryDelay(failures));
}

/**
 * When an automatic check may run: at its scheduled time, but never within a
 * day of the last accepted list, whatever a retry after a manual "Update now"
 * scheduled. An acceptance time in the future (the clock was set back) counts
 * as now, so a wrong clock cannot freeze updates.
 */
export function dueAt(now: number, next: number, lastAcceptedAt: number | undefined): number {
  return lastAcceptedAt === undefined ? next : Math.max(next, Math.min(lastAcceptedAt, now) + DAY);
}

export function isDue(now: number, next: number, lastAcceptedAt: number | undefined): boolean {
  return now >= dueAt(now, next, lastAcceptedAt);
}

/** When the alarm should wake the background: the earliest due check, or null when there is none. */
export function earliestCheck(times: readonly number[]): number | null {
  return times.length === 0 ? null : Math.min(...times);
}
