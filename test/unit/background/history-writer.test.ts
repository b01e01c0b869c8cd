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

  it('says a decision is stored only when it is, while later decisions keep arriving', async () => {
    const db = await openHistoryDb(new IDBFactory());
    const writer = new HistoryWriter(async () => db);
    const answers: Promise<{ id: string; stored: boolean }>[] = [];
    for (let wave = 0; wave < 5; wave++) {
      for (let i = 1; i <= 40; i++) {
        const entry = sampleEntry(wave * 40 + i);
        // One decision the store cannot take (IndexedDB cannot clone a function) fails its whole batch.
        const sent = wave === 2 && i === 20 ? { ...entry, reason: (() => '') as unknown as string } : entry;
        answers.push(writer.append(sent).then(
          () => ({ id: entry.id, stored: true }),
          () => ({ id: entry.id, stored: false }),
        ));
      }
      // The next wave arrives while this one is being written.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const told = await Promise.all(answers);
    const stored = new Set((await listDecisions(db)).map((e) => e.id));
    expect(told.filter((t) => !t.stored).length).toBeGreaterThan(0);
    expect(told.filter((t) => t.stored !== stored.has(t.id))).toEqual([]);
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
