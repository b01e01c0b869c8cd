import { accountKey, type AccountKey } from './platform';
import type { ListPeriod } from './period';
import type { CandidateList } from './schema';

/** What a warning needs to know about one listed account. */
export interface ListedAccount {
  key: AccountKey;
  name: string;
  role?: string;
  party?: string;
  listId: string;
  listTitle: string;
  /** 0-based index of the entry within its list. */
  entryIndex: number;
  /** The election the entry belongs to (the entry's own, else its list's). */
  election?: string;
  /** The electoral stage of the entry (its own, else its list's): the warning says when it is over. */
  period?: ListPeriod;
  /**
   * The periods of every list naming this account, present only when each of
   * them has one: an account some list names without a period always warns.
   */
  periods?: readonly ListPeriod[];
}

/**
 * One row per account across all lists. Lists come in priority order and the
 * first one naming an account wins, so a user's own list can override the
 * wording of a shipped one; the periods of the others still count.
 */
export function buildAccountTable(lists: readonly CandidateList[]): Map<AccountKey, ListedAccount> {
  const table = new Map<AccountKey, ListedAccount>();
  for (const list of lists) {
    // Shared by every account that has no period of its own: a million-account
    // list must not allocate a million arrays.
    const listPeriod = copyPeriod(list.period);
    const listPeriods = listPeriod && [listPeriod];
    list.entries.forEach((entry, entryIndex) => {
      const period = entry.period ? copyPeriod(entry.period) : listPeriod;
      const periods = entry.period ? period && [period] : listPeriods;
      for (const account of entry.accounts) {
        const key = accountKey(account);
        const earlier = table.get(key);
        if (earlier) {
          if (earlier.periods && period) earlier.periods = [...earlier.periods, period];
          else delete earlier.periods;
          continue;
        }
        const listed: ListedAccount = { key, name: entry.name, listId: list.id, listTitle: list.title, entryIndex };
        if (entry.role !== undefined) listed.role = entry.role;
        if (entry.party !== undefined) listed.party = entry.party;
        const election = entry.election ?? list.election;
        if (election !== undefined) listed.election = election;
        if (period) listed.period = period;
        if (periods) listed.periods = periods;
        table.set(key, listed);
      }
    });
  }
  return table;
}

/** Without the unknown fields a list file may carry: only these two travel to the tabs. */
function copyPeriod(period: ListPeriod | undefined): ListPeriod | undefined {
  return period && { from: period.from, until: period.until };
}
