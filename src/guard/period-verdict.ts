import { outsideEveryPeriod } from '../lists/period';
import type { Listed } from '../lists/listed-hashtag';
import type { Verdict } from './guard';

/**
 * A listed account or hashtag counts as unlisted, for warnings and markers alike, when
 * the user or the institution limited warnings to the electoral period and
 * every list naming it is outside its period on `today()` (Jakarta date).
 * The date is asked for only then: this runs for every post of a feed, and
 * almost none is listed.
 */
export function verdictInPeriod<V extends Verdict<Listed>>(verdict: V, onlyDuringPeriod: boolean, today: () => string): V | { kind: 'unlisted' } {
  if (!onlyDuringPeriod || verdict.kind !== 'listed') return verdict;
  return outsideEveryPeriod(verdict.listed.periods, today()) ? { kind: 'unlisted' } : verdict;
}
