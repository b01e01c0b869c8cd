import { browser } from 'wxt/browser';
import { RequestSchema, type Request, type RequestType } from '../messaging/protocol';
import { encodeFilter } from '../lists/filter-transfer';
import { countDecisionsSince, deleteAll, deleteRange } from '../history/store';
import type { FollowedPreferences } from '../settings/follow-preferences';
import { followSettings } from '../settings/follow-settings';
import { HistoryWriter } from './history-writer';
import type { AccountTables } from './account-tables';
import { Health } from './health';
import type { ReadingState } from '../guard/page-reading';
import { importListText } from './import-list';
import { importProgressReporter } from './import-progress';
import { exportList, removeImportedList, setListEnabled, summariseLists } from './manage-lists';
import { addSubscription, browserDeps, listSubscriptions, removeSubscription, updateSubscription, type SubscriptionDeps } from './subscriptions/manage';

export interface RouterDeps {
  tables: AccountTables;
  historyDb(): Promise<IDBDatabase>;
  /** Runs after each decision is written (retention pruning). */
  afterHistoryWrite?(): void;
  /** The network and clock list subscriptions use; the browser's own by default. */
  subscriptionDeps?: SubscriptionDeps;
  /** Where storage faults are reported; the one the tables report to, in the background. */
  health?: Health;
  /** Shows what a site tab's adapter made of its page (the tab's badge). */
  pageRead?(tabId: number, state: ReadingState): void;
}

/** Who sent a message, as the browser reports it (never as the message claims). */
export interface MessageOrigin {
  /** An extension page (options, history, popup), not a content script in a site's tab. */
  fromExtensionPage: boolean;
  /** The tab a content script's message came from. */
  tabId?: number;
}

/**
 * What a content script may ask. Everything else reads or changes stored
 * lists and history, and is answered only for the extension's own pages: a
 * compromised or confused tab cannot wipe the history or swap the lists.
 */
const TAB_REQUESTS: ReadonlySet<RequestType> = new Set(['index:get', 'index:details', 'decision:log', 'rules:open', 'page:reading']);

/**
 * Answers one message. Anything that does not parse as a known request, or
 * comes from a sender not allowed to make it, gets an error reply naming the
 * problem; nothing else is done with it.
 */
export function createRouter(deps: RouterDeps) {
  const health = deps.health ?? new Health();
  const historyDb = () =>
    deps.historyDb().then(
      (db) => {
        health.historyOpened();
        return db;
      },
      (error: unknown) => {
        health.historyUnavailable(error);
        throw error;
      },
    );
  const context: RouterContext = {
    ...deps,
    health,
    historyDb,
    writer: new HistoryWriter(historyDb),
    // Followed, not read per message: a burst of decisions must not queue
    // a storage read each. The institution's policy may force logging.
    preferences: followSettings(() => {}),
  };
  return async (message: unknown, origin: MessageOrigin): Promise<unknown> => {
    const parsed = RequestSchema.safeParse(message);
    if (!parsed.success) return { error: `malformed message: ${parsed.error.issues[0]?.message ?? ''}` };
    if (!origin.fromExtensionPage && !TAB_REQUESTS.has(parsed.data.type)) {
      return { error: `${parsed.data.type} is answered only for the extension's own pages` };
    }
    try {
      return await handle(parsed.data, context, origin);
    } catch (error) {
      console.error('[Jaga Netral]', parsed.data.type, error);
      return { error: error instanceof Error ? error.message : String(error) };
    }
  };
}

interface RouterContext extends RouterDeps {
  health: Health;
  writer: HistoryWriter;
  preferences: FollowedPreferences;
}

async function handle(request: Request, deps: RouterContext, origin: MessageOrigin): Promise<unknown> {
  switch (request.type) {
    case 'index:get':
      return encodeFilter(await deps.tables.filterFor(request.platform));
    case 'index:details':
      return { accounts: await deps.tables.details(request.keys) };
    case 'decision:log':
      // Checked here, by the one writer, and not trusted to the tab: a tab's
      // copy of the setting may lag a change made a moment ago.
      if (!(await deps.preferences.current()).logging) return { ok: true, logged: false };
      // Opened first, so a database the browser will not open is reported
      // as history being off rather than as a failed write.
      await deps.historyDb();
      try {
        await deps.writer.append(request.entry);
      } catch (error) {
        deps.health.historyWriteFailed(error);
        throw error;
      }
      deps.health.historyWritten();
      deps.afterHistoryWrite?.();
      return { ok: true, logged: true };
    case 'history:count-since':
      return { count: await countDecisionsSince(await deps.historyDb(), request.since) };
    case 'history:delete-range':
      return { deleted: await deleteRange(await deps.historyDb(), request.from, request.to) };
    case 'history:delete-all':
      return { deleted: await deleteAll(await deps.historyDb()) };
    case 'lists:import':
      return importListText(request.text, { tables: deps.tables, progress: importProgressReporter() });
    case 'lists:summary':
      return { lists: await summariseLists() };
    case 'lists:switch':
      await setListEnabled(request.listId, request.enabled);
      return { ok: true };
    case 'lists:remove':
      await removeImportedList(request.listId);
      return { ok: true };
    case 'lists:export':
      return { text: await exportList(request.listId) };
    case 'subscriptions:list':
      return { subscriptions: await listSubscriptions() };
    case 'subscriptions:add':
      return { subscription: await addSubscription(request.url, request.publicKey, deps.subscriptionDeps ?? browserDeps) };
    case 'subscriptions:update':
      return { subscription: await updateSubscription(request.url, deps.subscriptionDeps ?? browserDeps) };
    case 'subscriptions:remove':
      await removeSubscription(request.url);
      return { ok: true };
    case 'health:get':
      // Both are cached once they work: asking again costs nothing, and it
      // finds a fault that no tab has run into yet.
      await Promise.allSettled([deps.tables.ready(), deps.historyDb()]);
      return deps.health.report;
    case 'rules:open':
      await browser.tabs.create({ url: `${browser.runtime.getURL('/rules.html')}#${encodeURIComponent(request.clauseId)}` });
      return { ok: true };
    case 'page:reading':
      if (origin.tabId === undefined) return { error: 'page:reading comes only from a site tab' };
      deps.pageRead?.(origin.tabId, request.state);
      return { ok: true };
  }
}
