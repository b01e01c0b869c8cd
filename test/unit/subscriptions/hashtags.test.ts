import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter } from '../../../src/background/router';
import { AccountTables } from '../../../src/background/account-tables';
import { openHistoryDb } from '../../../src/history/store';
import type { KeyPair } from '../../../src/lists/signing/sign';
import { asExtensionPage } from '../background/as-extension-page';
import { FakeHost, LIST_URL } from './fake-host';
import { generateKeyPair, listText, signedDocument } from './signed-lists';

let keys: KeyPair;
beforeAll(async () => {
  keys = await generateKeyPair();
});

let host: FakeHost;
let tables: AccountTables;
let route: (message: unknown) => Promise<unknown>;
beforeEach(async () => {
  fakeBrowser.reset();
  host = new FakeHost();
  tables = new AccountTables();
  const db = await openHistoryDb(new IDBFactory());
  route = asExtensionPage(createRouter({ tables, historyDb: async () => db, subscriptionDeps: host.deps }));
});

describe('a signed list with campaign hashtags', () => {
  it('puts its hashtags in force, normalised, as a subscription brings it', async () => {
    const payload = listText({
      hashtags: ['#PemdaDamai'],
      entries: [
        { name: 'Calon Contoh', accounts: [{ platform: 'x', id: '@CalonContoh', source: 'https://example.org/a' }], hashtags: ['＃CalonContoh2024'] },
      ],
    });
    host.publish(await signedDocument(keys, 1, payload));
    await route({ type: 'subscriptions:add', url: LIST_URL, publicKey: keys.publicKey });
    tables.invalidate();
    const [entryTag, listTag] = await tables.details(['#caloncontoh2024', '#pemdadamai']);
    expect(entryTag).toMatchObject({ name: 'Calon Contoh', listId: 'pemda-contoh' });
    expect(listTag).toMatchObject({ name: 'Daftar Pemda Contoh', listId: 'pemda-contoh' });
  });
});
