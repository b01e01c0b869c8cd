import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { countDecisionsSince, deleteAll, deleteRange, openHistoryDb } from '../../../src/history/store';
import { appendDecision, listDecisions } from './store-access';
import { putRaw } from './raw-record';
import { sampleEntry as entry } from './sample-entry';

const at = (n: number) => entry(n).at;

async function storeWith(...numbers: number[]): Promise<IDBDatabase> {
  const db = await openHistoryDb(new IDBFactory());
  await Promise.all(numbers.map((n) => appendDecision(db, entry(n))));
  return db;
}

const remaining = async (db: IDBDatabase) => (await listDecisions(db)).map((e) => Number(e.id.slice(-12)));

describe('deleting history', () => {
  it('deletes a range by time, both ends included, and says how many went', async () => {
    const db = await storeWith(1, 2, 3, 4, 5);
    expect(await deleteRange(db, at(2), at(4))).toBe(3);
    expect(await remaining(db)).toEqual([5, 1]);
  });

  it('deletes nothing from an empty range', async () => {
    const db = await storeWith(1, 5);
    expect(await deleteRange(db, at(2), at(4))).toBe(0);
    expect(await remaining(db)).toEqual([5, 1]);
  });

  it('deletes everything, damaged records too', async () => {
    const db = await storeWith(1, 2, 3);
    await putRaw(db, { id: 'broken', note: 'no time at all' });
    expect(await deleteAll(db)).toBe(4);
    expect(await listDecisions(db)).toEqual([]);
    expect(await countDecisionsSince(db, 0)).toBe(0);
  });

  it('counts the decisions since a time without reading them', async () => {
    const db = await storeWith(1, 2, 3, 4);
    expect(await countDecisionsSince(db, at(3))).toBe(2);
  });
});
