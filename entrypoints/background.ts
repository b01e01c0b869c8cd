import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { AccountTables } from '../src/background/account-tables';
import { createRouter } from '../src/background/router';
import { openHistoryDb } from '../src/history/store';
import { listsRevision } from '../src/settings/imported-lists';

export default defineBackground(() => {
  const tables = new AccountTables();
  listsRevision.watch(() => tables.invalidate());

  let db: Promise<IDBDatabase> | null = null;
  const historyDb = () =>
    (db ??= openHistoryDb().catch((error: unknown) => {
      db = null;
      throw error;
    }));

  const route = createRouter({ tables, historyDb });
  // Listeners are registered synchronously so a message that wakes the
  // service worker is not lost.
  browser.runtime.onMessage.addListener((message: unknown) => route(message));
});
