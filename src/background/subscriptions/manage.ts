import { browser } from 'wxt/browser';
import { readManagedPolicy, type ManagedSubscription } from '../../settings/managed-policy';
import { readSubscriptions, subscriptions, type Subscription } from '../../settings/subscriptions';
import { storedImportedLists } from '../active-lists';
import { removeImportedList } from '../manage-lists';
import { checkSubscription, type CheckDeps } from './check';
import { dueAt, earliestCheck, isDue } from './schedule';

export const SUBSCRIPTIONS_ALARM = 'list-subscriptions';

export type SubscriptionDeps = CheckDeps;

export const browserDeps: SubscriptionDeps = {
  fetch: (input, init) => fetch(input, init),
  now: () => Date.now(),
  hasPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
};

let queue: Promise<unknown> = Promise.resolve();

/**
 * Every change to the subscriptions runs here, one after another: an alarm,
 * "Update now" and a policy change arriving together must not each write a
 * copy of the records that the others then overwrite.
 */
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Not queued: a page asking for the status must not wait for a fetch in progress. */
export function listSubscriptions(): Promise<Subscription[]> {
  return readSubscriptions();
}

/** Subscribes, and fetches the list at once; the returned record says how that went. */
export function addSubscription(url: string, publicKey: string, deps: SubscriptionDeps): Promise<Subscription> {
  return serially(async () => {
    const all = await readSubscriptions();
    if (all.some((s) => s.url === url)) throw new Error(`already subscribed to ${url}`);
    await saveAll([...all, { url, publicKey, managed: false, failures: 0, nextCheckAt: deps.now() }]);
    return checkNow(url, deps);
  });
}

/** "Update now": the user's own request is not held to the daily limit. */
export function updateSubscription(url: string, deps: SubscriptionDeps): Promise<Subscription> {
  return serially(() => checkNow(url, deps));
}

/** Ends a user's subscription and removes the list it brought; the institution's cannot be removed here. */
export function removeSubscription(url: string): Promise<void> {
  return serially(async () => {
    const all = await readSubscriptions();
    const found = all.find((s) => s.url === url);
    if (!found) throw new Error(`no subscription to ${url}`);
    if (found.managed) throw new Error(`${url} is set by your institution's policy and cannot be removed`);
    await saveAll(all.filter((s) => s !== found));
    await removeListsOf([found]);
    await scheduleAlarm();
  });
}

/** Checks every subscription whose time has come (the alarm), then sets the alarm for the next. */
export function runDueChecks(deps: SubscriptionDeps): Promise<void> {
  return serially(async () => {
    for (const subscription of await readSubscriptions()) {
      if (isDue(deps.now(), subscription.nextCheckAt, subscription.accepted?.at)) await checkNow(subscription.url, deps);
    }
    await scheduleAlarm(deps.now());
  });
}

/**
 * Makes the stored subscriptions match the institution's policy: its
 * subscriptions are added (or, when the user had one for the same URL, taken
 * over with the policy's key) and marked managed; managed ones the policy no
 * longer names go, with their lists. Fetches the new ones.
 */
export function syncManagedSubscriptions(policy: readonly ManagedSubscription[], deps: SubscriptionDeps): Promise<void> {
  return serially(async () => {
    const all = await readSubscriptions();
    const wanted = new Map(policy.map((s) => [s.url, s.publicKey]));
    const dropped = all.filter((s) => s.managed && !wanted.has(s.url));
    const kept = all
      .filter((s) => !dropped.includes(s))
      .map((s): Subscription => {
        const key = wanted.get(s.url);
        if (key === undefined) return s;
        // A different key voids what was accepted under the old one.
        return key === s.publicKey ? { ...s, managed: true } : { url: s.url, publicKey: key, managed: true, failures: 0, nextCheckAt: deps.now() };
      });
    const added = policy
      .filter((s) => !all.some((existing) => existing.url === s.url))
      .map((s): Subscription => ({ ...s, managed: true, failures: 0, nextCheckAt: deps.now() }));
    await saveAll([...kept, ...added]);
    await removeListsOf(dropped);
    for (const subscription of await readSubscriptions()) {
      if (subscription.managed && subscription.lastCheckedAt === undefined) await checkNow(subscription.url, deps);
    }
    await scheduleAlarm(deps.now());
  });
}

/**
 * Reads the policy from managed storage and applies its subscriptions. No
 * policy means none; a malformed one changes nothing, so a broken policy push
 * cannot take the institution's lists away.
 */
export async function applyManagedPolicy(deps: SubscriptionDeps): Promise<void> {
  const state = await readManagedPolicy(browser.storage.managed);
  if (state.status === 'invalid') return;
  await syncManagedSubscriptions(state.status === 'active' ? (state.policy.subscriptions ?? []) : [], deps);
}

async function checkNow(url: string, deps: SubscriptionDeps): Promise<Subscription> {
  const all = await readSubscriptions();
  const subscription = all.find((s) => s.url === url);
  if (!subscription) throw new Error(`no subscription to ${url}`);
  const checked = await checkSubscription(
    subscription,
    all.filter((s) => s !== subscription),
    deps,
  );
  await saveAll((await readSubscriptions()).map((s) => (s.url === url ? checked : s)));
  await scheduleAlarm(deps.now());
  return checked;
}

/** Removes the lists that ended subscriptions brought (once the subscriptions are gone, so nothing refuses). */
async function removeListsOf(gone: readonly Subscription[]): Promise<void> {
  const stored = new Set((await storedImportedLists()).map((list) => list.id));
  for (const subscription of gone) {
    const listId = subscription.accepted?.listId;
    if (listId !== undefined && stored.has(listId)) await removeImportedList(listId);
  }
}

async function saveAll(all: Subscription[]): Promise<void> {
  await subscriptions.setValue(all);
}

/** One alarm for all subscriptions, at the earliest check; alarms outlive the service worker, timers do not. */
async function scheduleAlarm(now = Date.now()): Promise<void> {
  const when = earliestCheck((await readSubscriptions()).map((s) => dueAt(now, s.nextCheckAt, s.accepted?.at)));
  if (when === null) await browser.alarms.clear(SUBSCRIPTIONS_ALARM);
  else await browser.alarms.create(SUBSCRIPTIONS_ALARM, { when });
}
