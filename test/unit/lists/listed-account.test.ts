import { describe, expect, test } from 'vitest';
import { buildAccountTable } from '../../../src/lists/listed-account';
import type { CandidateList } from '../../../src/lists/schema';

function list(id: string, entries: CandidateList['entries']): CandidateList {
  return { format: 'jaga-netral/list@1', id, title: `Title ${id}`, updated: '2024-01-10', entries };
}

describe('buildAccountTable', () => {
  test('has one row per account with the entry it belongs to', () => {
    const table = buildAccountTable([
      list('a', [
        { name: 'Anies', role: 'Capres', party: 'Koalisi Perubahan', accounts: [{ platform: 'x', id: 'aniesbaswedan' }] },
        { name: 'Prabowo', accounts: [{ platform: 'x', id: 'prabowo' }, { platform: 'instagram', id: 'prabowo' }] },
      ]),
    ]);
    expect([...table.keys()]).toEqual(['x:aniesbaswedan', 'x:prabowo', 'instagram:prabowo']);
    expect(table.get('x:aniesbaswedan')).toEqual({
      key: 'x:aniesbaswedan', name: 'Anies', role: 'Capres', party: 'Koalisi Perubahan',
      listId: 'a', listTitle: 'Title a', entryIndex: 0,
    });
    expect(table.get('instagram:prabowo')).toEqual({
      key: 'instagram:prabowo', name: 'Prabowo', listId: 'a', listTitle: 'Title a', entryIndex: 1,
    });
  });

  test('the first list naming an account wins', () => {
    const table = buildAccountTable([
      list('mine', [{ name: 'Mine', accounts: [{ platform: 'x', id: 'prabowo' }] }]),
      list('shipped', [{ name: 'Shipped', accounts: [{ platform: 'x', id: 'prabowo' }, { platform: 'x', id: 'ganjarpranowo' }] }]),
    ]);
    expect(table.get('x:prabowo')?.listId).toBe('mine');
    expect(table.get('x:ganjarpranowo')).toMatchObject({ listId: 'shipped', entryIndex: 0 });
  });
});
