import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter } from '../../../src/background/router';
import { AccountTables } from '../../../src/background/account-tables';
import { activeLists } from '../../../src/background/active-lists';
import { openHistoryDb } from '../../../src/history/store';
import { importedLists, listsRevision } from '../../../src/settings/imported-lists';
import type { KeyPair } from '../../../src/lists/signing/sign';
import type { Subscription } from '../../../src/settings/subscriptions';
import { applyManagedPolicy, runDueChecks, SUBSCRIPTIONS_ALARM, syncManagedSubscriptions } from '../../../src/background/subscriptions/manage';
import { DAY } from '../../../src/background/subscriptions/schedule';
import { asExtensionPage } from '../background/as-extension-page';
import { FakeHost, LIST_URL } from './fake-host';
import { generateKeyPair, listText, signedDocument } from './signed-lists';

let keys: KeyPair;
let stranger: KeyPair;
beforeAll(async () => {
  [keys, stranger] = await Promise.all([generateKeyPair(), generateKeyPair()]);
});

let host: FakeHost;
let route: (message: unknown) => Promise<unknown>;
beforeEach(async () => {
  fakeBrowser.reset();
  host = new FakeHost();
  const db = await openHistoryDb(new IDBFactory());
  route = asExtensionPage(createRouter({ tables: new AccountTables(), historyDb: async () => db, subscriptionDeps: host.deps }));
});

async function subscribe(publicKey = keys.publicKey): Promise<Subscription> {
  const reply = (await route({ type: 'subscriptions:add', url: LIST_URL, publicKey })) as { subscription: Subscription };
  return reply.subscription;
}

async function updateNow(): Promise<Subscription> {
  return ((await route({ type: 'subscriptions:update', url: LIST_URL })) as { subscription: Subscription }).subscription;
}

/** The subscribed list's accounts in force, as "platform:id". */
async function accountsInForce(listId = 'pemda-contoh'): Promise<string[]> {
  const list = (await activeLists()).find((active) => active.list.id === listId)?.list;
  return list?.entries.flatMap((entry) => entry.accounts.map((a) => `${a.platform}:${a.id}`)) ?? [];
}

const UPDATED_LIST = listText({
  updated: '2026-11-20',
  entries: [{ name: 'Calon Baru', accounts: [{ platform: 'instagram', id: 'calonbaru', source: 'https://example.org/b' }] }],
});

describe('subscribing to a signed list', () => {
  it('fetches it at once, without credentials or cache, and puts its accounts in force', async () => {
    host.publish(await signedDocument(keys, 1));
    const subscription = await subscribe();
    expect(subscription).toMatchObject({
      url: LIST_URL,
      managed: false,
      failures: 0,
      accepted: { listId: 'pemda-contoh', title: 'Daftar Pemda Contoh', sequence: 1, updated: '2026-11-01' },
      lastCheckedAt: host.now,
      nextCheckAt: host.now + DAY,
    });
    expect(subscription.lastError).toBeUndefined();
    expect(await accountsInForce()).toEqual(['x:caloncontoh']);
    expect(host.requests).toEqual([
      { url: LIST_URL, init: expect.objectContaining({ credentials: 'omit', cache: 'no-store', redirect: 'error' }) },
    ]);
    const alarm = await fakeBrowser.alarms.get(SUBSCRIPTIONS_ALARM);
    expect(alarm?.scheduledTime).toBe(host.now + DAY);
  });

  it('shows the list as coming from the subscription, which alone can remove it', async () => {
    host.publish(await signedDocument(keys, 1));
    await subscribe();
    const { lists } = (await route({ type: 'lists:summary' })) as { lists: { id: string; origin: string }[] };
    expect(lists.find((list) => list.id === 'pemda-contoh')?.origin).toBe('subscribed');
    expect(await route({ type: 'lists:remove', listId: 'pemda-contoh' })).toEqual({
      error: `"pemda-contoh" comes from the subscription to ${LIST_URL}; end the subscription instead`,
    });
    expect(await route({ type: 'subscriptions:remove', url: LIST_URL })).toEqual({ ok: true });
    expect(await accountsInForce()).toEqual([]);
    expect(await route({ type: 'subscriptions:list' })).toEqual({ subscriptions: [] });
  });

  it('refuses a second subscription to the same address', async () => {
    host.publish(await signedDocument(keys, 1));
    await subscribe();
    expect(await route({ type: 'subscriptions:add', url: LIST_URL, publicKey: keys.publicKey })).toEqual({ error: `already subscribed to ${LIST_URL}` });
  });

  it('refuses an http address or a malformed key before anything is stored or fetched', async () => {
    const plain = (await route({ type: 'subscriptions:add', url: 'http://lists.example.org/l.json', publicKey: keys.publicKey })) as { error: string };
    expect(plain.error).toMatch(/^malformed message/);
    const badKey = (await route({ type: 'subscriptions:add', url: LIST_URL, publicKey: 'not-a-key' })) as { error: string };
    expect(badKey.error).toMatch(/Ed25519 public key/);
    expect(host.requests).toEqual([]);
    expect(await route({ type: 'subscriptions:list' })).toEqual({ subscriptions: [] });
  });
});

describe('an update that fails keeps the list in force and says why', () => {
  async function subscribedAtVersion(sequence: number) {
    host.publish(await signedDocument(keys, sequence));
    await subscribe();
    host.now += DAY;
    return { stored: await importedLists.getValue(), revision: await listsRevision.getValue() };
  }

  async function expectUnchanged(before: Awaited<ReturnType<typeof subscribedAtVersion>>) {
    expect(await importedLists.getValue()).toEqual(before.stored);
    expect(await listsRevision.getValue()).toBe(before.revision);
    expect(await accountsInForce()).toEqual(['x:caloncontoh']);
  }

  it('accepts a newer signed version, replacing the list in one step', async () => {
    await subscribedAtVersion(1);
    host.publish(await signedDocument(keys, 2, UPDATED_LIST));
    const subscription = await updateNow();
    expect(subscription.accepted).toMatchObject({ sequence: 2, updated: '2026-11-20' });
    expect(await accountsInForce()).toEqual(['instagram:calonbaru']);
  });

  it('a tampered update: bad signature', async () => {
    const before = await subscribedAtVersion(1);
    const tampered = JSON.parse(await signedDocument(keys, 2, UPDATED_LIST)) as { payload: string };
    tampered.payload = tampered.payload.replace('calonbaru', 'calonlain');
    host.publish(JSON.stringify(tampered));
    const subscription = await updateNow();
    expect(subscription).toMatchObject({ lastError: { code: 'bad-signature', at: host.now }, failures: 1, accepted: { sequence: 1 } });
    await expectUnchanged(before);
  });

  it('an update signed with another key', async () => {
    const before = await subscribedAtVersion(1);
    host.publish(await signedDocument(stranger, 2, UPDATED_LIST));
    expect((await updateNow()).lastError?.code).toBe('bad-signature');
    await expectUnchanged(before);
  });

  it('a replayed older version, validly signed', async () => {
    host.publish(await signedDocument(keys, 5));
    await subscribe();
    const before = { stored: await importedLists.getValue(), revision: await listsRevision.getValue() };
    host.publish(await signedDocument(keys, 4, UPDATED_LIST));
    expect((await updateNow()).lastError).toMatchObject({ code: 'replayed', detail: 'version 4 is older than the accepted version 5' });
    await expectUnchanged(before);
  });

  it('a different list under the version already accepted', async () => {
    const before = await subscribedAtVersion(1);
    host.publish(await signedDocument(keys, 1, UPDATED_LIST));
    expect((await updateNow()).lastError?.code).toBe('conflicting-version');
    await expectUnchanged(before);
  });

  it('a newer version whose list is dated before the accepted one', async () => {
    const before = await subscribedAtVersion(1);
    host.publish(await signedDocument(keys, 2, listText({ updated: '2026-10-01' })));
    expect((await updateNow()).lastError).toMatchObject({ code: 'older-list' });
    await expectUnchanged(before);
  });

  it('a signed list that fails the schema, with its problems named', async () => {
    const before = await subscribedAtVersion(1);
    const broken = listText({ updated: '2026-11-20', entries: [{ name: '', accounts: [{ platform: 'myspace', id: 'tom' }] }] });
    host.publish(await signedDocument(keys, 2, broken));
    const subscription = await updateNow();
    expect(subscription.lastError?.code).toBe('invalid-list');
    expect(subscription.lastError?.detail).toMatch(/entries\[0\]\.name: must not be empty/);
    await expectUnchanged(before);
  });

  it('a signed update that turns into another list', async () => {
    const before = await subscribedAtVersion(1);
    host.publish(await signedDocument(keys, 2, listText({ id: 'lain', updated: '2026-11-20' })));
    expect((await updateNow()).lastError).toMatchObject({ code: 'list-id-changed', detail: '"lain" instead of "pemda-contoh"' });
    await expectUnchanged(before);
  });

  it('the host answering with an error status', async () => {
    const before = await subscribedAtVersion(1);
    host.publish(404);
    expect((await updateNow()).lastError).toMatchObject({ code: 'http-status', detail: 'HTTP 404' });
    await expectUnchanged(before);
  });

  it('an unreachable host, naming the missing permission when it is missing', async () => {
    const before = await subscribedAtVersion(1);
    host.goOffline();
    expect((await updateNow()).lastError?.code).toBe('network');
    host.permission = false;
    expect((await updateNow()).lastError?.code).toBe('no-permission');
    await expectUnchanged(before);
  });

  it('a document over the size limit, refused from its declared length before it is read', async () => {
    const before = await subscribedAtVersion(1);
    host.deps.fetch = async () => new Response('{}', { headers: { 'content-length': String(65 * 1024 * 1024) } });
    expect((await updateNow()).lastError).toMatchObject({ code: 'too-large', detail: expect.stringMatching(/65 MB/) });
    await expectUnchanged(before);
  });

  it('clears the error once an update succeeds again', async () => {
    await subscribedAtVersion(1);
    host.publish('not json');
    expect((await updateNow()).lastError?.code).toBe('not-a-signed-document');
    host.publish(await signedDocument(keys, 2, UPDATED_LIST));
    const subscription = await updateNow();
    expect(subscription.lastError).toBeUndefined();
    expect(subscription.failures).toBe(0);
  });
});

describe('automatic checks', () => {
  it('fetch once a day, and back off after failures without breaking the daily limit', async () => {
    host.publish(await signedDocument(keys, 1));
    await subscribe();
    const start = host.now;

    host.now = start + DAY - 1;
    await runDueChecks(host.deps);
    expect(host.requests).toHaveLength(1);

    host.goOffline();
    host.now = start + DAY;
    await runDueChecks(host.deps);
    expect(host.requests).toHaveLength(2);
    let [subscription] = ((await route({ type: 'subscriptions:list' })) as { subscriptions: Subscription[] }).subscriptions;
    expect(subscription).toMatchObject({ failures: 1, nextCheckAt: start + DAY + 30 * 60_000 });
    expect((await fakeBrowser.alarms.get(SUBSCRIPTIONS_ALARM))?.scheduledTime).toBe(start + DAY + 30 * 60_000);

    host.now = start + DAY + 29 * 60_000;
    await runDueChecks(host.deps);
    expect(host.requests).toHaveLength(2);
    host.now = start + DAY + 30 * 60_000;
    await runDueChecks(host.deps);
    expect(host.requests).toHaveLength(3);
    [subscription] = ((await route({ type: 'subscriptions:list' })) as { subscriptions: Subscription[] }).subscriptions;
    expect(subscription).toMatchObject({ failures: 2, nextCheckAt: host.now + 60 * 60_000 });
  });
});

describe("the institution's subscriptions", () => {
  it('are added from the policy, fetched, and cannot be removed by the user', async () => {
    host.publish(await signedDocument(keys, 1));
    await syncManagedSubscriptions([{ url: LIST_URL, publicKey: keys.publicKey }], host.deps);
    const { subscriptions } = (await route({ type: 'subscriptions:list' })) as { subscriptions: Subscription[] };
    expect(subscriptions).toEqual([expect.objectContaining({ url: LIST_URL, managed: true, accepted: expect.objectContaining({ sequence: 1 }) })]);
    expect(await accountsInForce()).toEqual(['x:caloncontoh']);
    expect(await route({ type: 'subscriptions:remove', url: LIST_URL })).toEqual({
      error: `${LIST_URL} is set by your institution's policy and cannot be removed`,
    });
  });

  it("keep their list on: the switch is locked, and an earlier switch-off does not hold", async () => {
    host.publish(await signedDocument(keys, 1));
    await fakeBrowser.storage.local.set({ listSwitches: { disabled: ['pemda-contoh'] } });
    await syncManagedSubscriptions([{ url: LIST_URL, publicKey: keys.publicKey }], host.deps);
    expect(await accountsInForce()).toEqual(['x:caloncontoh']);
    expect(await route({ type: 'lists:switch', listId: 'pemda-contoh', enabled: false })).toEqual({
      error: `"pemda-contoh" is provided by your institution's policy and cannot be switched off`,
    });
    const { lists } = (await route({ type: 'lists:summary' })) as { lists: { id: string; managed: boolean; enabled: boolean }[] };
    expect(lists.find((list) => list.id === 'pemda-contoh')).toMatchObject({ managed: true, enabled: true });
    expect(lists.filter((list) => list.managed).map((list) => list.id)).toEqual(['pemda-contoh']);
    expect(await accountsInForce()).toEqual(['x:caloncontoh']);
  });

  it("go, with their lists, when the policy drops them; a user's own subscriptions stay", async () => {
    const own = 'https://own.example.org/list.signed.json';
    host.publish(await signedDocument(keys, 1));
    host.publish(await signedDocument(keys, 1, listText({ id: 'daftar-sendiri' })), own);
    await syncManagedSubscriptions([{ url: LIST_URL, publicKey: keys.publicKey }], host.deps);
    await route({ type: 'subscriptions:add', url: own, publicKey: keys.publicKey });
    await syncManagedSubscriptions([], host.deps);
    const { subscriptions } = (await route({ type: 'subscriptions:list' })) as { subscriptions: Subscription[] };
    expect(subscriptions.map((s) => s.url)).toEqual([own]);
    expect(await accountsInForce()).toEqual([]);
    expect(await accountsInForce('daftar-sendiri')).toEqual(['x:caloncontoh']);
  });

  it("take over a user's subscription to the same address with the policy's key", async () => {
    host.publish(await signedDocument(stranger, 1));
    await subscribe(stranger.publicKey);
    host.publish(await signedDocument(keys, 2));
    await syncManagedSubscriptions([{ url: LIST_URL, publicKey: keys.publicKey }], host.deps);
    const { subscriptions } = (await route({ type: 'subscriptions:list' })) as { subscriptions: Subscription[] };
    expect(subscriptions).toEqual([
      expect.objectContaining({ managed: true, publicKey: keys.publicKey, accepted: expect.objectContaining({ sequence: 2 }) }),
    ]);
  });

  it('a list another subscription already brings is refused', async () => {
    const second = 'https://mirror.example.org/list.signed.json';
    host.publish(await signedDocument(keys, 1));
    host.publish(await signedDocument(keys, 1), second);
    await subscribe();
    const reply = (await route({ type: 'subscriptions:add', url: second, publicKey: keys.publicKey })) as { subscription: Subscription };
    expect(reply.subscription.lastError).toMatchObject({ code: 'list-id-taken', detail: `"pemda-contoh" comes from ${LIST_URL}` });
  });
});

describe('the policy in managed storage', () => {
  const policy = () => ({ subscriptions: [{ url: LIST_URL, publicKey: keys.publicKey }] });

  it('is applied from the browser, and a malformed policy later takes nothing away', async () => {
    host.publish(await signedDocument(keys, 1));
    await fakeBrowser.storage.managed.set(policy());
    await applyManagedPolicy(host.deps);
    expect(await accountsInForce()).toEqual(['x:caloncontoh']);

    await fakeBrowser.storage.managed.set({ subscriptions: [{ url: 'http://plain.example.org/l.json', publicKey: 'x' }] });
    await applyManagedPolicy(host.deps);
    const { subscriptions } = (await route({ type: 'subscriptions:list' })) as { subscriptions: Subscription[] };
    expect(subscriptions).toEqual([expect.objectContaining({ url: LIST_URL, managed: true })]);
    expect(await accountsInForce()).toEqual(['x:caloncontoh']);
  });

  it('removed altogether ends its subscriptions', async () => {
    host.publish(await signedDocument(keys, 1));
    await fakeBrowser.storage.managed.set(policy());
    await applyManagedPolicy(host.deps);
    await fakeBrowser.storage.managed.clear();
    await applyManagedPolicy(host.deps);
    expect(await route({ type: 'subscriptions:list' })).toEqual({ subscriptions: [] });
    expect(await accountsInForce()).toEqual([]);
  });
});
