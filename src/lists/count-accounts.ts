import type { CandidateList } from './schema';

export function countAccounts(list: CandidateList): number {
  return list.entries.reduce((sum, entry) => sum + entry.accounts.length, 0);
}
