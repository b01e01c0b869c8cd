import { accountKey, PLATFORMS, type AccountKey, type Platform } from '../lists/platform';
import type { ListedAccount } from '../lists/listed-account';
import type { ListPeriod } from '../lists/period';
import type { CandidateList } from '../lists/schema';

/** Entries a list may have, at most (size-limits.ts caps accounts at 2,000,000): a reference packs list and entry in one number. */
const ENTRY_SPAN = 2 ** 22;

/**
 * Every listed account by platform and id, pointing at its list and entry:
 * one number per account. The details a warning needs are put together
 * only when a tab asks about that account, so indexing a million accounts
 * allocates no million objects or `platform:id` strings. Answers as
 * buildAccountTable (src/lists/listed-account.ts) does: lists come in
 * priority order, the first naming an account wins, and the periods of the
 * others still count.
 */
export class AccountIndex {
  readonly #ids = new Map<Platform, Map<string, number>>(PLATFORMS.map((platform) => [platform, new Map()]));
  /** Later entries naming an account already indexed: rare, so kept apart. */
  readonly #later = new Map<AccountKey, number[]>();

  constructor(private readonly lists: readonly CandidateList[]) {
    lists.forEach((list, l) => {
      list.entries.forEach((entry, e) => {
        const ref = l * ENTRY_SPAN + e;
        for (const account of entry.accounts) {
          const ids = this.#ids.get(account.platform)!;
          if (!ids.has(account.id)) ids.set(account.id, ref);
          else {
            const key = accountKey(account);
            this.#later.set(key, [...(this.#later.get(key) ?? []), ref]);
          }
        }
      });
    });
  }

  count(platform: Platform): number {
    return this.#ids.get(platform)!.size;
  }

  /** Each key of a platform, made as it is read. */
  *keys(platform: Platform): Generator<AccountKey> {
    for (const id of this.#ids.get(platform)!.keys()) yield `${platform}:${id}`;
  }

  /** The listed account behind a key, or null. */
  listed(key: string): ListedAccount | null {
    const colon = key.indexOf(':');
    const ref = this.#ids.get(key.slice(0, colon) as Platform)?.get(key.slice(colon + 1));
    if (ref === undefined) return null;
    const { list, entry, entryIndex } = this.#at(ref);
    const listPeriod = copyPeriod(list.period);
    const period = entry.period ? copyPeriod(entry.period) : listPeriod;
    const listed: ListedAccount = { key: key as AccountKey, name: entry.name, listId: list.id, listTitle: list.title, entryIndex };
    if (entry.role !== undefined) listed.role = entry.role;
    if (entry.party !== undefined) listed.party = entry.party;
    const election = entry.election ?? list.election;
    if (election !== undefined) listed.election = election;
    if (period) listed.period = period;
    let periods: ListPeriod[] | undefined = period && [period];
    for (const later of this.#later.get(key as AccountKey) ?? []) {
      const other = this.#at(later);
      const otherPeriod = other.entry.period ?? other.list.period;
      periods = periods && otherPeriod ? [...periods, copyPeriod(otherPeriod)!] : undefined;
    }
    if (periods) listed.periods = periods;
    return listed;
  }

  #at(ref: number) {
    const list = this.lists[Math.floor(ref / ENTRY_SPAN)]!;
    const entryIndex = ref % ENTRY_SPAN;
    return { list, entry: list.entries[entryIndex]!, entryIndex };
  }
}

/** Without the unknown fields a list file may carry: only these two travel to the tabs. */
function copyPeriod(period: ListPeriod | undefined): ListPeriod | undefined {
  return period && { from: period.from, until: period.until };
}
