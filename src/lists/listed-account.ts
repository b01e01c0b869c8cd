import { accountKey, type AccountKey } from './platform';
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
}

/**
 * One row per account across all lists. Lists come in priority order and the
 * first one naming an account wins, so a user's own list can override the
 * wording of a shipped one.
 */
export function buildAccountTable(lists: readonly CandidateList[]): Map<AccountKey, ListedAccount> {
  const table = new Map<AccountKey, ListedAccount>();
  for (const list of lists) {
    list.entries.forEach((entry, entryIndex) => {
      for (const account of entry.accounts) {
        const key = accountKey(account);
        if (table.has(key)) continue;
        const listed: ListedAccount = { key, name: entry.name, listId: list.id, listTitle: list.title, entryIndex };
        if (entry.role !== undefined) listed.role = entry.role;
        if (entry.party !== undefined) listed.party = entry.party;
        table.set(key, listed);
      }
    });
  }
  return table;
}
