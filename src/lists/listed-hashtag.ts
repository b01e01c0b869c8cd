import { hashtagKey, type HashtagKey } from './hashtag';
import type { ListedAccount } from './listed-account';
import type { ListPeriod } from './period';
import type { CandidateList } from './schema';

/**
 * What a warning needs to know about one listed hashtag: whose campaign it
 * is. `name` is the entry's (the contestant's) or, for a hashtag of the list
 * as a whole, the list's title; `entryIndex` is absent then.
 */
export interface ListedHashtag extends Omit<ListedAccount, 'key' | 'entryIndex'> {
  key: HashtagKey;
  entryIndex?: number;
}

/** Anything a tab can find listed: an account, or a hashtag in a post. */
export type Listed = ListedAccount | ListedHashtag;

/**
 * One row per hashtag across all lists, as buildAccountTable does for
 * accounts: the first list (in priority order) naming a hashtag wins, and
 * the periods of the others still count.
 */
export function buildHashtagTable(lists: readonly CandidateList[]): Map<HashtagKey, ListedHashtag> {
  const table = new Map<HashtagKey, ListedHashtag>();
  const add = (tags: readonly string[] | undefined, about: Omit<ListedHashtag, 'key'>) => {
    for (const tag of tags ?? []) {
      const key = hashtagKey(tag);
      const earlier = table.get(key);
      if (!earlier) {
        table.set(key, { key, ...about });
      } else if (earlier.periods && about.periods) {
        earlier.periods = [...earlier.periods, ...about.periods];
      } else {
        delete earlier.periods;
      }
    }
  };
  for (const list of lists) {
    const listPeriod = copyPeriod(list.period);
    const shared = { listId: list.id, listTitle: list.title, ...defined({ election: list.election, period: listPeriod }) };
    add(list.hashtags, { name: list.title, ...shared, ...defined({ periods: listPeriod && [listPeriod] }) });
    list.entries.forEach((entry, entryIndex) => {
      if (!entry.hashtags?.length) return;
      const period = entry.period ? copyPeriod(entry.period) : listPeriod;
      add(entry.hashtags, {
        ...shared,
        name: entry.name,
        entryIndex,
        ...defined({ role: entry.role, party: entry.party, election: entry.election ?? list.election, period, periods: period && [period] }),
      });
    });
  }
  return table;
}

/** The campaign hashtags a list names, its own and its entries'. */
export function countHashtags(list: CandidateList): number {
  return list.entries.reduce((n, entry) => n + (entry.hashtags?.length ?? 0), list.hashtags?.length ?? 0);
}

/** Only the fields that have a value: the rows travel to tabs, and `undefined` is no value. */
function defined<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function copyPeriod(period: ListPeriod | undefined): ListPeriod | undefined {
  return period && { from: period.from, until: period.until };
}
