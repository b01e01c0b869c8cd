import { browser } from 'wxt/browser';
import type { HealthReport } from '../messaging/health';
import { DEFAULT_PREFERENCES, readPreferences } from '../settings/preferences';
import { healthProblems } from '../ui/health-problems';
import { messages } from '../ui/i18n/messages';
import { resolveLanguage } from '../ui/language';
import { inOrder } from './in-order';

/**
 * Shows "!" on the toolbar button while something is wrong, with the reasons
 * as its tooltip: a fault must be visible without opening anything. Updates
 * run one after another, so a quick ok → fault → ok ends on the last report.
 */
export function healthBadge(): (report: HealthReport) => void {
  const updates = inOrder('badge');
  return (report) => updates.run(() => showHealthBadge(report));
}

async function showHealthBadge(report: HealthReport): Promise<void> {
  // Chrome's MV3 `action` is Firefox MV2's `browserAction`.
  const button = browser.action ?? browser.browserAction;
  // Storage that cannot be read is one of the faults this badge reports.
  const { language } = await readPreferences().catch(() => DEFAULT_PREFERENCES);
  const problems = healthProblems(report, messages(resolveLanguage(language)).health);
  await Promise.all([
    button.setBadgeText({ text: problems.length > 0 ? '!' : '' }),
    button.setBadgeBackgroundColor({ color: '#b91c1c' }),
    button.setTitle({ title: ['Jaga Netral', ...problems.map((problem) => problem.text)].join(' — ') }),
  ]);
}
