import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { historyPruner } from '../../../src/background/history-pruner';
import { openHistoryDb } from '../../../src/history/store';
import { appendDecision, listDecisions } from './store-access';
import type { Retention } from '../../../src/settings/retention';
import { sampleEntry as entry } from './sample-entry';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 1);

async function history(ageInDays: number[]) {
  const db = await openHistoryDb(new IDBFactory());
  await Promise.all(ageInDays.map((age, i) => appendDecision(db, entry(i + 1, { at: NOW - age * DAY }))));
  return db;
}

const ages = async (db: IDBDatabase) => (await listDecisions(db)).map((e) => (NOW - e.at) / DAY);

function pruner(db: IDBDatabase, retention: Retention) {
  return historyPruner(async () => db, { readRetention: async () => retention, now: () => NOW });
}

describe('retention pruning', () => {
  it('deletes decisions older than the retention and keeps the rest', async () => {
    const db = await history([1, 29, 31, 400]);
    expect(await pruner(db, 30).run()).toBe(2);
    expect(await ages(db)).toEqual([1, 29]);
  });

  it('keeps everything when the user chose to', async () => {
    const db = await history([1, 4000]);
    expect(await pruner(db, 'forever').run()).toBe(0);
    expect(await ages(db)).toEqual([1, 4000]);
  });

  it('prunes after a write at most once an hour', async () => {
    const db = await history([31]);
    let now = NOW;
    const readRetention = vi.fn(async (): Promise<Retention> => 30);
    const prune = historyPruner(async () => db, { readRetention, now: () => now });
    await prune.run();
    expect(readRetention).toHaveBeenCalledTimes(1);

    now += 3_599_999;
    prune.afterWrite();
    expect(readRetention).toHaveBeenCalledTimes(1);

    await appendDecision(db, entry(9, { at: NOW - 40 * DAY }));
    now += 1;
    prune.afterWrite();
    expect(readRetention).toHaveBeenCalledTimes(2);
    await vi.waitFor(async () => expect(await listDecisions(db)).toEqual([]));
  });
});
