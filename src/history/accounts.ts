import type { HistoryEntry } from './entry';

export interface AccountChoice {
  account: string;
  /** The name from the newest entry: a list may have renamed the account since. */
  label: string;
  count: number;
}

/** The accounts history names, by name, for the account filter. */
export function accountChoices(entries: readonly HistoryEntry[]): AccountChoice[] {
  const byAccount = new Map<string, AccountChoice>();
  for (const entry of entries) {
    const known = byAccount.get(entry.account);
    if (known) known.count++;
    else byAccount.set(entry.account, { account: entry.account, label: entry.entryLabel, count: 1 });
  }
  return [...byAccount.values()].sort((a, b) => a.label.localeCompare(b.label) || a.account.localeCompare(b.account));
}
