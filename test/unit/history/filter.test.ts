import { describe, expect, it } from 'vitest';
import { accountChoices } from '../../../src/history/accounts';
import { countDecisions } from '../../../src/history/counts';
import { dayRange, END_OF_TIME } from '../../../src/history/date-range';
import { filterEntries, NO_FILTER, type HistoryFilter } from '../../../src/history/filter';
import { withinRetention, withoutRange } from '../../../src/history/trim';
import { sampleEntry } from './sample-entry';

const local = (y: number, m: number, d: number, h = 0) => new Date(y, m - 1, d, h).getTime();

/** Newest first, as history is read. */
const ENTRIES = [
  sampleEntry(6, { at: local(2024, 2, 14, 9), account: 'youtube:@prabowo', platform: 'youtube', entryLabel: 'Prabowo Subianto', intent: 'share', decision: 'proceeded' }),
  sampleEntry(5, { at: local(2024, 2, 13, 23), account: 'x:ganjarpranowo', entryLabel: 'Ganjar Pranowo', intent: 'follow' }),
  sampleEntry(4, { at: local(2024, 2, 13, 0), intent: 'comment', decision: 'proceeded' }),
  sampleEntry(3, { at: local(2024, 2, 12, 12) }),
  sampleEntry(2, { at: local(2024, 2, 10, 8), account: 'x:ganjarpranowo', entryLabel: 'Ganjar Pranowo' }),
  sampleEntry(1, { at: local(2024, 1, 2, 8), decision: 'proceeded' }),
];

const ids = (filter: Partial<HistoryFilter>) => filterEntries(ENTRIES, { ...NO_FILTER, ...filter }).map((e) => Number(e.id.slice(-12)));

describe('history filters', () => {
  it('lets everything through with no filter, in order', () => {
    expect(ids({})).toEqual([6, 5, 4, 3, 2, 1]);
  });

  it('takes whole local days, both ends included', () => {
    expect(ids({ from: '2024-02-13', to: '2024-02-13' })).toEqual([5, 4]);
    expect(ids({ from: '2024-02-12' })).toEqual([6, 5, 4, 3]);
    expect(ids({ to: '2024-02-10' })).toEqual([2, 1]);
    expect(ids({ from: '2024-02-14', to: '2024-02-12' })).toEqual([]);
  });

  it.each([
    [{ platform: 'youtube' }, [6]],
    [{ intent: 'follow' }, [5]],
    [{ decision: 'proceeded' }, [6, 4, 1]],
    [{ account: 'x:ganjarpranowo' }, [5, 2]],
    [{ account: 'x:ganjarpranowo', intent: 'like' }, [2]],
  ] as const)('filters by %j', (filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it.each([
    ['ganjar', [5, 2]],
    ['PRANOWO', [5, 2]],
    ['@aniesbas', [4, 3, 1]],
    ['@prabowo', [6]],
    ['  subianto ', [6]],
    ['nobody', []],
  ])('searches names and handles for %j', (search, expected) => {
    expect(ids({ search })).toEqual(expected);
  });
});

describe('date inputs', () => {
  it('is no range when neither end is set or valid', () => {
    expect(dayRange('', '')).toBeNull();
    expect(dayRange('yesterday', '2024-13-45x')).toBeNull();
  });

  it('opens the missing end', () => {
    expect(dayRange('2024-02-13', '')).toEqual({ from: local(2024, 2, 13), to: END_OF_TIME });
    expect(dayRange('', '2024-02-13')).toEqual({ from: 0, to: local(2024, 2, 14) - 1 });
  });
});

describe('counts', () => {
  it('counts totals, decisions and intents', () => {
    expect(countDecisions(ENTRIES)).toEqual({
      total: 6,
      cancelled: 3,
      proceeded: 3,
      byIntent: { like: 3, follow: 1, comment: 1, share: 1, post: 0 },
      byMatch: { account: 6, hashtag: 0, mention: 0 },
    });
  });

  it('counts a filtered list', () => {
    const shown = filterEntries(ENTRIES, { ...NO_FILTER, decision: 'cancelled' });
    expect(countDecisions(shown)).toMatchObject({ total: 3, cancelled: 3, proceeded: 0 });
  });
});

describe('account choices', () => {
  it('lists each account once by name, with the newest name and a count', () => {
    const renamed = [sampleEntry(9, { entryLabel: 'Anies Baswedan (renamed)' }), ...ENTRIES];
    expect(accountChoices(renamed)).toEqual([
      { account: 'x:aniesbaswedan', label: 'Anies Baswedan (renamed)', count: 4 },
      { account: 'x:ganjarpranowo', label: 'Ganjar Pranowo', count: 2 },
      { account: 'youtube:@prabowo', label: 'Prabowo Subianto', count: 1 },
    ]);
  });
});

describe('trimming what the page holds', () => {
  it('drops a deleted range', () => {
    const range = dayRange('2024-02-12', '2024-02-13')!;
    expect(withoutRange(ENTRIES, range).map((e) => e.id)).toEqual([ENTRIES[0]!.id, ENTRIES[4]!.id, ENTRIES[5]!.id]);
  });

  it('drops what the retention no longer keeps', () => {
    const now = local(2024, 3, 1);
    expect(withinRetention(ENTRIES, 30, now)).toHaveLength(5);
    expect(withinRetention(ENTRIES, 'forever', now)).toHaveLength(6);
  });
});

describe('what decided a warning', () => {
  const DECIDED = [
    sampleEntry(3, { intent: 'like', account: 'x:relawan', entryLabel: 'Anies Rasyid Baswedan', match: 'hashtag:#aminajadulu' }),
    sampleEntry(2, { intent: 'post', account: 'x:aniesbaswedan', match: 'mention:x:aniesbaswedan' }),
    sampleEntry(1, { intent: 'like' }),
  ];
  const shown = (filter: Partial<HistoryFilter>) => filterEntries(DECIDED, { ...NO_FILTER, ...filter }).map((e) => Number(e.id.slice(-12)));

  it('filters by it, an entry without a match counting as decided by its account', () => {
    expect(shown({ match: 'hashtag' })).toEqual([3]);
    expect(shown({ match: 'mention' })).toEqual([2]);
    expect(shown({ match: 'account' })).toEqual([1]);
    expect(shown({ intent: 'post' })).toEqual([2]);
  });

  it('finds a hashtag by search, with its # and in any case', () => {
    expect(shown({ search: '#AMINaja' })).toEqual([3]);
  });

  it('counts it', () => {
    expect(countDecisions(DECIDED).byMatch).toEqual({ account: 1, hashtag: 1, mention: 1 });
    expect(countDecisions(DECIDED).byIntent.post).toBe(1);
  });
});
