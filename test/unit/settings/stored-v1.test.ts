// The code under test makes its key ranges with the global IDBKeyRange, which
// must be the same implementation as the factory it is handed.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { knownLists } from '../../../src/background/active-lists';
import { readEntries } from '../../../src/history/read-entries';
import { openHistoryDb } from '../../../src/history/store';
import { importedLists, listsRevision } from '../../../src/settings/imported-lists';
import { listSwitches, readListSwitches } from '../../../src/settings/list-switches';
import { preferences, readPreferences } from '../../../src/settings/preferences';
import { readRetention, retention } from '../../../src/settings/retention';

/**
 * What version 0.1.0 really stored (captured from the built extension in
 * Chromium by test/fixtures/storage/capture.ts), read through today's code
 * after its migrations have run: an update must keep every list, setting and
 * decision the user had.
 */

interface Captured {
  storageLocal: Record<string, unknown>;
  historyDb: { version: number; records: { id: string; at: number }[] };
}
const V1 = JSON.parse(readFileSync(new URL('../../fixtures/storage/v1-chromium.json', import.meta.url), 'utf8')) as Captured;

/** The history database exactly as the 0.1.0 build created it. */
async function v1HistoryDb(factory: IDBFactory): Promise<void> {
  const open = factory.open('jaga-netral-history', V1.historyDb.version);
  open.onupgradeneeded = () => open.result.createObjectStore('decisions', { keyPath: 'id' }).createIndex('at', 'at');
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const tx = db.transaction('decisions', 'readwrite');
  for (const record of V1.historyDb.records) tx.objectStore('decisions').put(record);
  await new Promise((resolve) => (tx.oncomplete = resolve));
  db.close();
}

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set(V1.storageLocal);
  await Promise.all([preferences, listSwitches, importedLists, listsRevision, retention].map((item) => item.migrate()));
});

describe('storage written by version 0.1.0', () => {
  it('keeps the chosen settings (Indonesian, strict mode, markers off, 90-day retention); a later setting starts at its default', async () => {
    expect(await readPreferences()).toEqual({ language: 'id', strict: true, markers: false, logging: true, warnOnlyDuringPeriod: false });
    expect(await readRetention()).toBe(90);
  });

  it('keeps the imported list, its accounts normalised, and the shipped list switched off', async () => {
    expect(await readListSwitches()).toEqual({ disabled: ['pilpres-2024'] });
    const lists = await knownLists();
    const captured = lists.find((known) => known.list.id === 'captured-v1');
    expect(captured).toMatchObject({ origin: 'imported', enabled: true });
    expect(captured?.list.entries[0]?.accounts.map((a) => `${a.platform}:${a.id}`)).toEqual(['x:kompascom', 'youtube:@kompas']);
    expect(lists.find((known) => known.list.id === 'pilpres-2024')?.enabled).toBe(false);
    expect(await listsRevision.getValue()).toBe(2);
  });

  it('reads every decision in the history, none counted as damaged', async () => {
    const factory = new IDBFactory();
    await v1HistoryDb(factory);
    const state = await readEntries(await openHistoryDb(factory), () => {});
    expect(state.damaged).toBe(0);
    expect(state.entries.map((entry) => entry.id).sort()).toEqual(V1.historyDb.records.map((record) => record.id).sort());
    expect(state.entries.map((entry) => `${entry.account} ${entry.intent} ${entry.decision}`).sort()).toEqual([
      'x:aniesbaswedan follow proceeded',
      'x:kompascom like cancelled',
    ]);
  });
});
