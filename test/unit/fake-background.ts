import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter, type RouterDeps } from '../../src/background/router';
import { asExtensionPage } from './background/as-extension-page';
import { AccountTables } from '../../src/background/account-tables';
import { openHistoryDb } from '../../src/history/store';

/**
 * Resets the fake browser; the real router over an empty in-memory history.
 * `deps` replaces parts of the background (a failing database, shared health).
 */
export async function freshRouter(deps: Partial<RouterDeps> = {}) {
  fakeBrowser.reset();
  const db = await openHistoryDb(new IDBFactory());
  return { db, route: asExtensionPage(createRouter({ tables: new AccountTables(), historyDb: async () => db, ...deps })) };
}

/**
 * Resets the fake browser and answers extension pages' messages with the
 * real router over an empty in-memory history, as the background would.
 * Returns `route` to prepare state the way the pages' own messages do.
 */
export async function fakeBackground(deps: Partial<RouterDeps> = {}): Promise<(message: unknown) => Promise<unknown>> {
  const { route } = await freshRouter(deps);
  // The fake answers a listener's reply only through sendResponse, with `true` returned.
  fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    void route(message).then(sendResponse);
    return true;
  });
  return route;
}
