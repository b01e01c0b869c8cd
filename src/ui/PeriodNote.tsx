import type { Listed } from '../lists/listed-hashtag';
import { periodStatus } from '../lists/period';
import type { Language } from './language';
import { warningText } from './i18n/warning';

/**
 * Outside the electoral stage of the entry's list, the warning says so, and
 * why it still shows: the neutrality rules bind ASN before, during and after
 * the campaign, and contestants hold office or run again.
 */
export function PeriodNote({ listed, today, lang }: { listed: Listed; today: string; lang: Language }) {
  if (!listed.period) return null;
  const status = periodStatus(listed.period, today);
  if (status === 'during') return null;
  const text = warningText[lang];
  const stage = listed.election ?? listed.listTitle;
  return (
    <p class="period" data-period={status}>
      {status === 'over' ? text.periodOver(stage, listed.period.until) : text.periodNotStarted(stage, listed.period.from)}
    </p>
  );
}
