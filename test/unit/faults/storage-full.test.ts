import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { AccountTables } from '../../../src/background/account-tables';
import { Health } from '../../../src/background/health';
import { HealthReportSchema } from '../../../src/messaging/health';
import { openHistoryDb } from '../../../src/history/store';
import { freshRouter } from '../fake-background';
import { listDecisions } from '../history/store-access';
import { sampleEntry } from '../history/sample-entry';
import { fillable, type FillableDb } from './full-disk';

/** The device runs out of space while decisions are being written. */

let disk: FillableDb;
let route: (message: unknown) => Promise<unknown>;

beforeEach(async () => {
  disk = fillable(await openHistoryDb(new IDBFactory()));
  const health = new Health();
  ({ route } = await freshRouter({ tables: new AccountTables(health), historyDb: async () => disk.db, health }));
});

const log = (n: number) => route({ type: 'decision:log', entry: sampleEntry(n) });
const health = async () => HealthReportSchema.parse(await route({ type: 'health:get' }));

describe('storage full', () => {
  it('refuses the new decision, keeps every earlier one, and reports the history as full', async () => {
    for (const n of [1, 2, 3]) expect(await log(n)).toEqual({ ok: true, logged: true });
    disk.full = true;
    expect(await log(4)).toEqual({ error: expect.stringMatching(/quota/i) });
    expect((await listDecisions(disk.db)).map((entry) => entry.id)).toEqual([3, 2, 1].map((n) => sampleEntry(n).id));
    expect((await health()).history).toEqual({ state: 'full', reason: expect.stringMatching(/^QuotaExceededError/) });
  });

  it('loses a whole batch of decisions that arrived together, and nothing from before it', async () => {
    await log(1);
    disk.full = true;
    const replies = await Promise.all([2, 3, 4, 5].map(log));
    expect(replies.every((reply) => typeof (reply as { error?: unknown }).error === 'string')).toBe(true);
    expect((await listDecisions(disk.db)).map((entry) => entry.id)).toEqual([sampleEntry(1).id]);
  });

  it('keeps answering the tabs, so warnings still show', async () => {
    disk.full = true;
    await log(1);
    expect(await route({ type: 'index:details', keys: ['x:aniesbaswedan'] })).toEqual({
      accounts: [expect.objectContaining({ key: 'x:aniesbaswedan' })],
    });
    expect((await health()).lists).toEqual({ state: 'ok' });
  });

  it('records again, and stops reporting, once there is room', async () => {
    disk.full = true;
    await log(1);
    disk.full = false;
    // The tab retries the same decision with the same id: it lands once.
    expect(await log(1)).toEqual({ ok: true, logged: true });
    expect(await listDecisions(disk.db)).toEqual([sampleEntry(1)]);
    expect((await health()).history).toEqual({ state: 'ok' });
  });
});
