/** A list's electoral stage (tahapan), as `YYYY-MM-DD` dates in Indonesia, both days included. */
export interface ListPeriod {
  from: string;
  until: string;
}

export type PeriodStatus = 'not-started' | 'during' | 'over';

/** Western Indonesian Time is UTC+7 all year (no daylight saving since 1964). */
const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * Today's date in Jakarta, `YYYY-MM-DD`: the election commission dates its
 * stages in WIB, so a stage ending on 20 October is over at midnight WIB,
 * whatever the device's own time zone. Plain arithmetic instead of Intl:
 * this runs on every marker and click decision.
 */
export function jakartaDate(now: number): string {
  return new Date(now + JAKARTA_OFFSET_MS).toISOString().slice(0, 10);
}

/** ISO dates compare as text. */
export function periodStatus(period: ListPeriod, today: string): PeriodStatus {
  if (today < period.from) return 'not-started';
  return today > period.until ? 'over' : 'during';
}

/**
 * Whether the setting "warn only during the period" silences this account:
 * only when every list naming it ties it to a period and none of those
 * periods includes today. `periods` absent means some list names the account
 * without a period, so it always warns.
 */
export function outsideEveryPeriod(periods: readonly ListPeriod[] | undefined, today: string): boolean {
  return periods !== undefined && periods.every((period) => periodStatus(period, today) !== 'during');
}
