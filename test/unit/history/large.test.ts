import { describe, expect, it } from 'vitest';
import { accountChoices } from '../../../src/history/accounts';
import { countDecisions } from '../../../src/history/counts';
import { historyCsv } from '../../../src/history/export-csv';
import { filterEntries, NO_FILTER } from '../../../src/history/filter';
import { weekStart, weeklyBuckets } from '../../../src/history/weeks';
import { generateHistory } from './generate';

/**
 * The page's pure work over 100,000 entries, checked against plain
 * reference computations. Correctness only: timings belong to `npm run bench`.
 */
describe('history review over 100,000 entries', () => {
  const entries = generateHistory(100_000);

  it('generates a newest-first history', () => {
    expect(entries.every((e, i) => i === 0 || entries[i - 1]!.at >= e.at)).toBe(true);
  });

  it('filters like a plain loop would', () => {
    const filter = { ...NO_FILTER, platform: 'x', decision: 'proceeded', search: 'prabowo' } as const;
    const expected = entries.filter(
      (e) => e.platform === 'x' && e.decision === 'proceeded' && e.entryLabel.toLowerCase().includes('prabowo'),
    );
    expect(filterEntries(entries, filter)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(100);
  });

  it('counts like a plain loop would', () => {
    const counts = countDecisions(entries);
    expect(counts.total).toBe(100_000);
    expect(counts.proceeded).toBe(entries.filter((e) => e.decision === 'proceeded').length);
    expect(Object.values(counts.byIntent).reduce((a, b) => a + b, 0)).toBe(100_000);
  });

  it('buckets every entry into its week', () => {
    const weeks = weeklyBuckets(entries, 10_000);
    const reference = new Map<number, number>();
    for (const e of entries) reference.set(weekStart(e.at), (reference.get(weekStart(e.at)) ?? 0) + 1);
    expect(weeks.filter((w) => w.warnings > 0).map((w) => [w.start, w.warnings])).toEqual([...reference].reverse());
    expect(weeks.reduce((sum, w) => sum + w.proceeded, 0)).toBe(countDecisions(entries).proceeded);
  });

  it('lists each account once', () => {
    expect(accountChoices(entries)).toHaveLength(new Set(entries.map((e) => e.account)).size);
  });

  it('exports every entry as one CSV row', () => {
    expect(historyCsv(entries).split('\r\n')).toHaveLength(100_000 + 2);
  });
});
