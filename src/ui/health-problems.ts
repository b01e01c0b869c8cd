import type { HealthReport } from '../messaging/health';
import type { Messages } from './i18n/messages';

export interface HealthProblem {
  area: 'lists' | 'history';
  /** The state as the report names it: `degraded`, `full`, `unavailable`, `failing`. */
  state: string;
  text: string;
}

/** What is wrong, as sentences for the user; empty when all is well. */
export function healthProblems(report: HealthReport, text: Messages['health']): HealthProblem[] {
  const problems: HealthProblem[] = [];
  const { lists, history } = report;
  const reason = (why: string | undefined) => why ?? '?';
  if (lists.state === 'degraded') problems.push({ area: 'lists', state: 'degraded', text: text.listsDegraded(reason(lists.reason)) });
  if (history.state === 'full') problems.push({ area: 'history', state: 'full', text: text.historyFull });
  if (history.state === 'unavailable') {
    problems.push({ area: 'history', state: 'unavailable', text: text.historyUnavailable(reason(history.reason)) });
  }
  if (history.state === 'failing') problems.push({ area: 'history', state: 'failing', text: text.historyFailing(reason(history.reason)) });
  return problems;
}
