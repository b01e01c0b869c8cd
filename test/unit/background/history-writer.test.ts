import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { HistoryWriter } from '../../../src/background/history-writer';
import { openHistoryDb } from '../../../src/history/store';
import { listDecisions } from '../history/store-access';
import { sampleEntry } from '../history/sample-entry';

describe('HistoryWriter', () => {
  it('stores every decision of many tabs writing at once, in a few transactions', async () => {
    const db = await openHistoryDb(new IDBFactory());
    const transaction = vi.spyOn(db, 'transaction');
    const writer = new HistoryWriter(async () => db);
    await Promise.all(Array.from({ length: 1000 }, (_, i) => writer.append(sampleEntry(i + 1))));
    expect(await listDecisions(db, 5000)).toHaveLength(1000);
    const writes = transaction.mock.calls.filter(([, mode]) => mode === 'readwrite').length;
    expect(writes).toBeLessThanOrEqual(3);
  });

  it('keeps writing after a batch fails, and tells that batch why', async () => {
    const db = await openHistoryDb(new IDBFactory());
    let fail = true;
    const writer = new HistoryWriter(async () => {
      if (fail) throw new Error('database closed');
      return db;
    });
    await expect(writer.append(sampleEntry(1))).rejects.toThrow('database closed');
    fail = false;
    await writer.append(sampleEntry(2));
    expect((await listDecisions(db)).map((e) => e.id)).toEqual([sampleEntry(2).id]);
  });

  it('stores a decision sent twice once', async () => {
    const db = await openHistoryDb(new IDBFactory());
    const writer = new HistoryWriter(async () => db);
    await Promise.all([writer.append(sampleEntry(3)), writer.append(sampleEntry(3))]);
    expect(await listDecisions(db)).toHaveLength(1);
  });
});
