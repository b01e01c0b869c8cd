import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { weekStart, weeklyBuckets } from '../../../src/history/weeks';
import { sampleEntry } from './sample-entry';

const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const day = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()} ${d.getHours()}:${String(d.getMinutes()).padStart(2, '0')}`;
};

let tz: string | undefined;
beforeEach(() => {
  tz = process.env['TZ'];
});
afterEach(() => {
  process.env['TZ'] = tz;
});

describe.each([
  ['Asia/Jakarta', -420],
  ['Asia/Makassar', -480],
  ['Europe/Amsterdam', -60],
  ['America/Los_Angeles', 480],
])('weeks in %s', (zone, januaryOffset) => {
  beforeEach(() => {
    process.env['TZ'] = zone;
    expect(new Date(2024, 0, 1).getTimezoneOffset()).toBe(januaryOffset);
  });

  it('start on Monday at local midnight', () => {
    expect(day(weekStart(local(2024, 2, 14, 9)))).toBe('2024-2-12 0:00'); // a Wednesday
    expect(day(weekStart(local(2024, 2, 12, 0, 0)))).toBe('2024-2-12 0:00'); // Monday, first minute
    expect(day(weekStart(local(2024, 2, 18, 23, 59)))).toBe('2024-2-12 0:00'); // Sunday, last minute
    expect(day(weekStart(local(2024, 1, 3)))).toBe('2024-1-1 0:00');
    expect(day(weekStart(local(2023, 1, 1, 12)))).toBe('2022-12-26 0:00'); // Sunday across a year end
  });

  it('count warnings and proceeds per week, oldest first, with empty weeks between', () => {
    const entries = [
      sampleEntry(5, { at: local(2024, 4, 3, 10), decision: 'proceeded' }), // across the European DST change
      sampleEntry(4, { at: local(2024, 3, 18, 10) }),
      sampleEntry(3, { at: local(2024, 3, 17, 22), decision: 'proceeded' }),
      sampleEntry(2, { at: local(2024, 3, 11, 0) }),
      sampleEntry(1, { at: local(2024, 3, 10, 23, 59) }),
    ];
    const weeks = weeklyBuckets(entries, 52).map((w) => [day(w.start), w.warnings, w.proceeded]);
    expect(weeks).toEqual([
      ['2024-3-4 0:00', 1, 0],
      ['2024-3-11 0:00', 2, 1],
      ['2024-3-18 0:00', 1, 0],
      ['2024-3-25 0:00', 0, 0],
      ['2024-4-1 0:00', 1, 1],
    ]);
  });
});

describe('weekly buckets', () => {
  it('keep only the latest weeks', () => {
    const entries = [sampleEntry(2, { at: local(2024, 3, 20) }), sampleEntry(1, { at: local(2023, 3, 20) })];
    const weeks = weeklyBuckets(entries, 4);
    expect(weeks).toHaveLength(4);
    expect(weeks.at(-1)).toMatchObject({ warnings: 1 });
    expect(weeks.reduce((sum, w) => sum + w.warnings, 0)).toBe(1);
  });

  it('are empty for no entries', () => {
    expect(weeklyBuckets([], 52)).toEqual([]);
  });
});
