import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openHistoryDb } from '../../../src/history/store';
import { appendDecision, listDecisions } from './store-access';
import { HistoryEntrySchema } from '../../../src/history/entry';
import { sampleEntry as entry } from './sample-entry';

describe('history store', () => {
  it('lists decisions newest first', async () => {
    const db = await openHistoryDb(new IDBFactory());
    await appendDecision(db, entry(1));
    await appendDecision(db, entry(3, { decision: 'proceeded' }));
    await appendDecision(db, entry(2, { intent: 'follow' }));
    const listed = await listDecisions(db);
    expect(listed.map((e) => e.id.slice(-1))).toEqual(['3', '2', '1']);
    expect(listed[0]?.decision).toBe('proceeded');
  });

  it('stores a decision sent twice (a retry after a restart) once', async () => {
    const db = await openHistoryDb(new IDBFactory());
    await appendDecision(db, entry(7));
    await appendDecision(db, entry(7));
    expect(await listDecisions(db)).toHaveLength(1);
  });

  it('keeps every decision of twenty tabs writing at once', async () => {
    const db = await openHistoryDb(new IDBFactory());
    await Promise.all(Array.from({ length: 200 }, (_, i) => appendDecision(db, entry(i + 1))));
    expect(await listDecisions(db, 1000)).toHaveLength(200);
  });

  it('survives reopening the database', async () => {
    const factory = new IDBFactory();
    const first = await openHistoryDb(factory);
    await appendDecision(first, entry(1));
    first.close();
    expect(await listDecisions(await openHistoryDb(factory))).toHaveLength(1);
  });

  it('refuses entries that do not fit the schema', () => {
    expect(HistoryEntrySchema.safeParse({ ...entry(1), decision: 'maybe' }).success).toBe(false);
    expect(HistoryEntrySchema.safeParse({ ...entry(1), id: 'not-a-uuid' }).success).toBe(false);
    expect(HistoryEntrySchema.safeParse({ ...entry(1), origin: 'javascript:alert(1)' }).success).toBe(false);
  });
});
