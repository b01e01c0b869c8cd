import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter } from '../../../src/background/router';
import { asExtensionPage } from './as-extension-page';
import { AccountTables } from '../../../src/background/account-tables';
import { openHistoryDb } from '../../../src/history/store';
import { listDecisions } from '../history/store-access';
import { sampleEntry } from '../history/sample-entry';
import { DetailsResponseSchema, IndexResponseSchema } from '../../../src/messaging/tab-replies';
import { decodeFilter } from '../../../src/lists/filter-transfer';
import { mightContain } from '../../../src/lists/account-filter';

let db: IDBDatabase;
let route: (message: unknown) => Promise<unknown>;

beforeEach(async () => {
  fakeBrowser.reset();
  db = await openHistoryDb(new IDBFactory());
  route = asExtensionPage(createRouter({ tables: new AccountTables(), historyDb: async () => db }));
});

const entry = sampleEntry(1, { decision: 'proceeded' });

describe('background router', () => {
  it("answers a tab with its platform's filter, which lets listed accounts through", async () => {
    const reply = IndexResponseSchema.parse(await route({ type: 'index:get', platform: 'x' }));
    const filter = decodeFilter(reply);
    expect(mightContain(filter, 'x:prabowo')).toBe(true);
    expect(mightContain(filter, 'x:someone_unlisted')).toBe(false);
  });

  it('confirms a "maybe" with the listed account, or null', async () => {
    const reply = DetailsResponseSchema.parse(await route({ type: 'index:details', keys: ['x:prabowo', 'x:someone_unlisted'] }));
    expect(reply.accounts[0]).toMatchObject({ key: 'x:prabowo', name: 'Prabowo Subianto', listId: 'pilpres-2024' });
    expect(reply.accounts[1]).toBeNull();
  });

  it('writes a decision to history', async () => {
    expect(await route({ type: 'decision:log', entry })).toEqual({ ok: true, logged: true });
    expect(await listDecisions(db)).toEqual([entry]);
  });

  it.each([
    ['an unknown type', { type: 'history:wipe' }],
    ['a platform that is not guarded', { type: 'index:get', platform: 'myspace' }],
    ['a decision with a made-up outcome', { type: 'decision:log', entry: { ...entry, decision: 'approved' } }],
    ['not an object', 'index:get'],
  ])('refuses %s with an error and does nothing', async (_, message) => {
    expect(await route(message)).toEqual({ error: expect.stringMatching(/malformed message/) });
    expect(await listDecisions(db)).toEqual([]);
  });

  it('summarises the active lists for the options page', async () => {
    const reply = (await route({ type: 'lists:summary' })) as { lists: { id: string; origin: string; accounts: number }[] };
    expect(reply.lists).toContainEqual(expect.objectContaining({ id: 'pilpres-2024', origin: 'bundled' }));
    expect(reply.lists[0]!.accounts).toBeGreaterThan(0);
  });

  describe('from a content script in a site tab', () => {
    const fromTab = (message: unknown) =>
      createRouter({ tables: new AccountTables(), historyDb: async () => db })(message, { fromExtensionPage: false });

    it.each([
      ['wiping the history', { type: 'history:delete-all' }],
      ['deleting a range', { type: 'history:delete-range', from: 0, to: Date.now() }],
      ['importing a list', { type: 'lists:import', text: '{}' }],
      ['switching a list off', { type: 'lists:switch', listId: 'pilpres-2024', enabled: false }],
      ['reading the lists', { type: 'lists:summary' }],
      ['exporting a list', { type: 'lists:export', listId: 'pilpres-2024' }],
      ['reading the health report', { type: 'health:get' }],
    ])('refuses %s', async (_, message) => {
      await route({ type: 'decision:log', entry });
      expect(await fromTab(message)).toEqual({ error: expect.stringMatching(/only for the extension's own pages/) });
      expect(await listDecisions(db)).toHaveLength(1);
    });

    it("shows what a tab's adapter made of its page on that tab's badge, and only for a tab", async () => {
      const seen: [number, string][] = [];
      const router = createRouter({ tables: new AccountTables(), historyDb: async () => db, pageRead: (tab, state) => seen.push([tab, state]) });
      expect(await router({ type: 'page:reading', state: 'unreadable' }, { fromExtensionPage: false, tabId: 7 })).toEqual({ ok: true });
      expect(await router({ type: 'page:reading', state: 'read' }, { fromExtensionPage: false, tabId: 7 })).toEqual({ ok: true });
      expect(await router({ type: 'page:reading', state: 'unreadable' }, { fromExtensionPage: false })).toEqual({
        error: expect.stringMatching(/only from a site tab/),
      });
      expect(await router({ type: 'page:reading', state: 'broken' }, { fromExtensionPage: false, tabId: 7 })).toEqual({
        error: expect.stringMatching(/malformed/),
      });
      expect(seen).toEqual([[7, 'unreadable'], [7, 'read']]);
    });

    it('answers what a tab needs: its filter, confirmations and logging a decision', async () => {
      expect(IndexResponseSchema.safeParse(await fromTab({ type: 'index:get', platform: 'x' })).success).toBe(true);
      expect(DetailsResponseSchema.safeParse(await fromTab({ type: 'index:details', keys: ['x:prabowo'] })).success).toBe(true);
      expect(await fromTab({ type: 'decision:log', entry })).toEqual({ ok: true, logged: true });
    });
  });
});
