import { describe, expect, it } from 'vitest';
import { DAY, dueAt, earliestCheck, isDue, MINUTE, nextCheckAt, retryDelay } from '../../../src/background/subscriptions/schedule';

const HOUR = 60 * MINUTE;
const T = Date.UTC(2026, 10, 26, 8);

describe('when a subscription is fetched again', () => {
  it('is a day after a check that succeeded', () => {
    expect(nextCheckAt(T, 0)).toBe(T + DAY);
  });

  it('backs off after failures in a row: 30 min, doubling, never more than a day', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(retryDelay)).toEqual([
      30 * MINUTE,
      HOUR,
      2 * HOUR,
      4 * HOUR,
      8 * HOUR,
      16 * HOUR,
      DAY,
      DAY,
    ]);
    expect(retryDelay(10_000)).toBe(DAY);
    expect(nextCheckAt(T, 3)).toBe(T + 2 * HOUR);
  });

  it('is never within a day of the last accepted list, even when a retry is scheduled sooner', () => {
    // Accepted at T; a manual update an hour later failed and asked for a retry 30 minutes on.
    const retry = T + HOUR + 30 * MINUTE;
    expect(dueAt(T + HOUR, retry, T)).toBe(T + DAY);
    expect(isDue(T + 2 * HOUR, retry, T)).toBe(false);
    expect(isDue(T + DAY - 1, retry, T)).toBe(false);
    expect(isDue(T + DAY, retry, T)).toBe(true);
  });

  it('follows the backoff once the day since the last acceptance is over', () => {
    const retry = T + DAY + 30 * MINUTE;
    expect(isDue(T + DAY + 29 * MINUTE, retry, T)).toBe(false);
    expect(isDue(retry, retry, T)).toBe(true);
  });

  it('retries a subscription that never had a list on the backoff alone', () => {
    expect(isDue(T + 30 * MINUTE, T + 30 * MINUTE, undefined)).toBe(true);
  });

  it('does not freeze when the clock was set back behind the last acceptance', () => {
    const acceptedInTheFuture = T + 365 * DAY;
    expect(dueAt(T, T, acceptedInTheFuture)).toBe(T + DAY);
  });

  it('wakes the background for the earliest check, or not at all', () => {
    expect(earliestCheck([T + DAY, T + HOUR, T + 2 * DAY])).toBe(T + HOUR);
    expect(earliestCheck([])).toBeNull();
  });
});
