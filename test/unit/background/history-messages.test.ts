import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AccountTables } from '../../../src/background/account-tables';
import { createRouter } from '../../../src/background/router';
import { asExtensionPage } from './as-extension-page';
import { openHistoryDb } from '../../../src/history/store';
import { appendDecision, listDecisions } from '../history/store-access';
import { sampleEntry } from '../history/sample-entry';

let db: IDBDatabase;
let route: (message: unknown) => Promise<unknown>;
const afterHistoryWrite = vi.fn();

beforeEach(async () => {
  fakeBrowser.reset();
  afterHistoryWrite.mockClear();
  db = await openHistoryDb(new IDBFactory());
  route = asExtensionPage(createRouter({ tables: new AccountTables(), historyDb: async () => db, afterHistoryWrite }));
  await Promise.all([1, 2, 3, 4].map((n) => appendDecision(db, sampleEntry(n))));
});

const left = async () => (await listDecisions(db)).map((e) => Number(e.id.slice(-12)));

describe('history messages to the background', () => {
  it('deletes a range and answers how many went', async () => {
    expect(await route({ type: 'history:delete-range', from: sampleEntry(2).at, to: sampleEntry(3).at })).toEqual({ deleted: 2 });
    expect(await left()).toEqual([4, 1]);
  });

  it('deletes everything', async () => {
    expect(await route({ type: 'history:delete-all' })).toEqual({ deleted: 4 });
    expect(await left()).toEqual([]);
  });

  it.each([
    ['a range that ends before it starts', { type: 'history:delete-range', from: 10, to: 5 }],
    ['a range with a negative start', { type: 'history:delete-range', from: -1, to: 5 }],
    ['a range given as text', { type: 'history:delete-range', from: '0', to: '9999999999999' }],
    ['a range with a missing end', { type: 'history:delete-range', from: 0 }],
  ])('refuses %s and deletes nothing', async (_, message) => {
    expect(await route(message)).toEqual({ error: expect.stringMatching(/malformed message/) });
    expect(await left()).toEqual([4, 3, 2, 1]);
  });

  it('lets the retention pruner know after each decision it writes', async () => {
    await route({ type: 'decision:log', entry: sampleEntry(9) });
    expect(afterHistoryWrite).toHaveBeenCalledTimes(1);
  });
});
