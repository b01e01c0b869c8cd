import { browser } from 'wxt/browser';
import { applyManagedPolicy, browserDeps, runDueChecks, SUBSCRIPTIONS_ALARM } from './manage';

/**
 * Keeps subscriptions current in the background: the institution's policy is
 * applied at start and whenever it changes, and the alarm runs the checks that
 * are due. Listeners are added synchronously, so an alarm that wakes the
 * service worker is not lost.
 */
export function startSubscriptions(): void {
  const report = (error: unknown) => console.error('[Jaga Netral] subscriptions:', error);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SUBSCRIPTIONS_ALARM) runDueChecks(browserDeps).catch(report);
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') applyManagedPolicy(browserDeps).catch(report);
  });
  // Also catches up on checks that fell due while the browser was closed.
  applyManagedPolicy(browserDeps)
    .then(() => runDueChecks(browserDeps))
    .catch(report);
}
