import type { Intent } from '../guard/intent';
import type { Platform } from '../lists/platform';
import { dayRange } from './date-range';
import type { Decision, HistoryEntry } from './entry';
import { matchKind, type MatchKind } from './match';

/** The history page's filters, as its inputs hold them; '' means "any". */
export interface HistoryFilter {
  /** YYYY-MM-DD, local days. */
  from: string;
  to: string;
  platform: Platform | '';
  intent: Intent | '';
  decision: Decision | '';
  /** What decided the warning. */
  match: MatchKind | '';
  /** An account key (`x:handle`). */
  account: string;
  /** Part of a display name, handle or hashtag, any case, `@` optional. */
  search: string;
}

export const NO_FILTER: HistoryFilter = {
  from: '',
  to: '',
  platform: '',
  intent: '',
  decision: '',
  match: '',
  account: '',
  search: '',
};

type Test = (entry: HistoryEntry) => boolean;

function searchTest(search: string): Test | null {
  const text = search.trim().toLowerCase();
  if (!text) return null;
  const handle = text.replace(/^@/, '');
  return (entry) =>
    entry.entryLabel.toLowerCase().includes(text) ||
    entry.account.slice(entry.account.indexOf(':') + 1).toLowerCase().includes(handle) ||
    (entry.match?.startsWith('hashtag:') === true && entry.match.includes(text));
}

/** Only the tests a filter actually sets, so an unfiltered pass over 100,000 entries costs almost nothing. */
function tests(filter: HistoryFilter): Test[] {
  const range = dayRange(filter.from, filter.to);
  const { platform, intent, decision, match, account } = filter;
  const search = searchTest(filter.search);
  return [
    range && ((entry: HistoryEntry) => entry.at >= range.from && entry.at <= range.to),
    platform && ((entry: HistoryEntry) => entry.platform === platform),
    intent && ((entry: HistoryEntry) => entry.intent === intent),
    decision && ((entry: HistoryEntry) => entry.decision === decision),
    match && ((entry: HistoryEntry) => matchKind(entry) === match),
    account && ((entry: HistoryEntry) => entry.account === account),
    search,
  ].filter((test): test is Test => typeof test === 'function');
}

/** The entries a filter lets through, in their original order. */
export function filterEntries(entries: readonly HistoryEntry[], filter: HistoryFilter): readonly HistoryEntry[] {
  const active = tests(filter);
  if (active.length === 0) return entries;
  return entries.filter((entry) => active.every((test) => test(entry)));
}
