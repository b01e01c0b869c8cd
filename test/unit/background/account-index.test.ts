import { describe, expect, it } from 'vitest';
import { AccountIndex } from '../../../src/background/account-index';
import { buildAccountTable } from '../../../src/lists/listed-account';
import { defaultLists } from '../../../src/lists/default-lists';
import { PLATFORMS } from '../../../src/lists/platform';
import type { CandidateList } from '../../../src/lists/schema';

const PEMILU = { from: '2022-06-14', until: '2024-10-20' };
const PILKADA = { from: '2024-01-01', until: '2024-12-31' };

function list(id: string, handles: string[], extra: Partial<CandidateList> = {}): CandidateList {
  return {
    format: 'jaga-netral/list@1',
    id,
    title: id,
    updated: '2024-01-10',
    entries: handles.map((handle) => ({ name: handle, accounts: [{ platform: 'x', id: handle }] })),
    ...extra,
  };
}

/** The index answers each key exactly as the table of every account does, and nothing else. */
function expectSameAnswers(lists: CandidateList[]) {
  const table = buildAccountTable(lists);
  const index = new AccountIndex(lists);
  for (const [key, listed] of table) expect(index.listed(key), key).toEqual(listed);
  for (const platform of PLATFORMS) {
    expect(new Set(index.keys(platform))).toEqual(new Set([...table.keys()].filter((key) => key.startsWith(`${platform}:`))));
    expect(index.count(platform)).toBe([...index.keys(platform)].length);
  }
  expect(index.listed('x:nobody_listed')).toBeNull();
  expect(index.listed('nonsense')).toBeNull();
}

describe('the background account index', () => {
  it('answers every shipped account as the full table does', () => expectSameAnswers(defaultLists()));

  it('lets the first list naming an account win, and keeps the periods of every list that has one', () => {
    expectSameAnswers([
      list('first', ['both', 'alone'], { period: PEMILU, election: 'Pemilu 2024' }),
      list('second', ['both', 'other'], { period: PILKADA }),
      list('third', ['other']),
    ]);
    const index = new AccountIndex([list('first', ['both'], { period: PEMILU }), list('second', ['both'], { period: PILKADA })]);
    expect(index.listed('x:both')).toMatchObject({ listId: 'first', period: PEMILU, periods: [PEMILU, PILKADA] });
  });

  it('drops the periods of an account some list names without one', () => {
    const index = new AccountIndex([list('first', ['both'], { period: PEMILU }), list('second', ['both'])]);
    expect(index.listed('x:both')).not.toHaveProperty('periods');
  });
});
