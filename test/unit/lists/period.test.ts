import { describe, expect, it } from 'vitest';
import { jakartaDate, outsideEveryPeriod, periodStatus } from '../../../src/lists/period';
import { buildAccountTable } from '../../../src/lists/listed-account';
import { verdictInPeriod } from '../../../src/guard/period-verdict';
import type { CandidateList } from '../../../src/lists/schema';

const PEMILU = { from: '2022-06-14', until: '2024-10-20' };

describe('the date in Jakarta', () => {
  it('turns over at midnight WIB, not at midnight UTC or the device’s own', () => {
    expect(jakartaDate(Date.parse('2024-10-20T16:59:59Z'))).toBe('2024-10-20');
    expect(jakartaDate(Date.parse('2024-10-20T17:00:00Z'))).toBe('2024-10-21');
    expect(jakartaDate(Date.parse('2024-12-31T20:00:00-05:00'))).toBe('2025-01-01');
  });
});

describe('period status', () => {
  it.each([
    ['2022-06-13', 'not-started'],
    ['2022-06-14', 'during'],
    ['2024-10-20', 'during'],
    ['2024-10-21', 'over'],
  ])('on %s is %s (both ends included)', (today, status) => {
    expect(periodStatus(PEMILU, today)).toBe(status);
  });

  it('silences an account only when every one of its periods excludes today', () => {
    expect(outsideEveryPeriod([PEMILU], '2025-01-01')).toBe(true);
    expect(outsideEveryPeriod([PEMILU, { from: '2024-09-01', until: '2029-12-31' }], '2025-01-01')).toBe(false);
    expect(outsideEveryPeriod(undefined, '2025-01-01')).toBe(false);
  });
});

function list(id: string, handles: string[], extra: Partial<CandidateList> = {}): CandidateList {
  return {
    format: 'jaga-netral/list@1',
    id,
    title: id,
    updated: '2024-01-01',
    entries: handles.map((handle) => ({ name: handle, accounts: [{ platform: 'x', id: handle }] })),
    ...extra,
  };
}

describe('periods in the account table', () => {
  it('carries the list’s period and election to each of its accounts', () => {
    const table = buildAccountTable([list('pilpres', ['anies'], { period: PEMILU, election: 'Pemilu 2024' })]);
    expect(table.get('x:anies')).toMatchObject({ election: 'Pemilu 2024', period: PEMILU, periods: [PEMILU] });
  });

  it('prefers an entry’s own period and election to its list’s', () => {
    const pilkada = { from: '2024-01-27', until: '2025-02-20' };
    const doc = list('mixed', ['a'], { period: PEMILU, election: 'Pemilu 2024' });
    doc.entries[0] = { ...doc.entries[0]!, period: pilkada, election: 'Pilkada 2024' };
    expect(buildAccountTable([doc]).get('x:a')).toMatchObject({ election: 'Pilkada 2024', period: pilkada, periods: [pilkada] });
  });

  it('collects the periods of every list naming an account; any list without one makes it always warn', () => {
    const later = { from: '2028-01-01', until: '2029-10-20' };
    const table = buildAccountTable([
      list('first', ['both', 'open'], { period: PEMILU }),
      list('second', ['both'], { period: later }),
      list('third', ['open']),
    ]);
    expect(table.get('x:both')).toMatchObject({ listId: 'first', period: PEMILU, periods: [PEMILU, later] });
    expect(table.get('x:open')?.period).toEqual(PEMILU);
    expect(table.get('x:open')?.periods).toBeUndefined();
  });

  it('does not let one account’s collected periods leak into its list-mates', () => {
    const table = buildAccountTable([list('first', ['both', 'alone'], { period: PEMILU }), list('second', ['both'])]);
    expect(table.get('x:alone')?.periods).toEqual([PEMILU]);
  });
});

describe('the verdict when warnings are limited to the period', () => {
  const listed = { key: 'x:anies' as const, name: 'Anies', listId: 'p', listTitle: 'P', entryIndex: 0, period: PEMILU, periods: [PEMILU] };
  const verdict = { kind: 'listed', listed } as const;

  it('turns a listed account outside its period into unlisted only when the setting is on', () => {
    expect(verdictInPeriod(verdict, true, () => '2025-01-01')).toEqual({ kind: 'unlisted' });
    expect(verdictInPeriod(verdict, false, () => '2025-01-01')).toBe(verdict);
    expect(verdictInPeriod(verdict, true, () => '2024-02-14')).toBe(verdict);
  });

  it('leaves undecided and unlisted verdicts alone', () => {
    expect(verdictInPeriod({ kind: 'undecided' }, true, () => '2025-01-01')).toEqual({ kind: 'undecided' });
  });
});
