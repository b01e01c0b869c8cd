import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { AccountTables } from '../src/background/account-tables';
import { Health } from '../src/background/health';
import { healthBadge } from '../src/background/health-badge';
import { pageReadingBadge } from '../src/background/page-reading-badge';
import { historyPruner } from '../src/background/history-pruner';
import { syncManagedPolicy } from '../src/background/managed-policy-sync';
import { createRouter } from '../src/background/router';
import { openHistoryDb } from '../src/history/store';
import { listsRevision } from '../src/settings/imported-lists';
import { retention } from '../src/settings/retention';
import { startSubscriptions } from '../src/background/subscriptions/start';
import { tabIcon } from '../src/background/tab-icon';
import { welcomeOnInstall } from '../src/background/welcome';

export default defineBackground(() => {
  const badge = healthBadge();
  const health = new Health(badge);
  // The badge outlives a service worker; this one starts knowing of no fault yet.
  badge(health.report);
  const tables = new AccountTables(health);
  listsRevision.watch(() => tables.invalidate());
  // Built now rather than on a tab's first ask, so the badge warns of unreadable lists at once.
  void tables.ready();

  let db: Promise<IDBDatabase> | null = null;
  const historyDb = () =>
    (db ??= openHistoryDb().catch((error: unknown) => {
      db = null;
      throw error;
    }));

  const pruner = historyPruner(historyDb);
  pruner.start();
  retention.watch(() => pruner.start());

  void syncManagedPolicy(browser.storage.managed);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void syncManagedPolicy(browser.storage.managed);
  });

  // A tab's "?" badge says how its page reads; that it reports at all proves it is a watched site's tab.
  const readingBadge = pageReadingBadge();
  const icon = tabIcon();
  listsRevision.watch(() => icon.listsChanged());
  const pageRead = (tabId: number, state: Parameters<typeof readingBadge>[1]) => {
    readingBadge(tabId, state);
    icon.pageRead(tabId);
  };
  const route = createRouter({ tables, historyDb, afterHistoryWrite: pruner.afterWrite, health, pageRead });
  // Listeners are registered synchronously so a message that wakes the
  // service worker is not lost.
  const extensionPages = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    route(message, {
      fromExtensionPage: sender.id === browser.runtime.id && sender.url?.startsWith(extensionPages) === true,
      tabId: sender.tab?.id,
    }),
  );
  startSubscriptions();
  // Once, on a fresh install: not on updates or browser restarts.
  browser.runtime.onInstalled.addListener(({ reason }) => void welcomeOnInstall(reason));
});
