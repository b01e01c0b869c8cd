import type { Platform } from '../lists/platform';
import { buildAccountFilter, type AccountFilterData } from '../lists/account-filter';
import { defaultLists } from '../lists/default-lists';
import type { CandidateList } from '../lists/schema';
import type { Listed } from '../lists/listed-hashtag';
import type { HashtagKey } from '../lists/hashtag';
import { activeLists } from './active-lists';
import { AccountIndex } from './account-index';
import { withHashtags, type HashtagTables } from './hashtag-tables';
import { Health } from './health';

interface Tables extends HashtagTables {
  /** The lists these tables were built from, in priority order. */
  lists: readonly CandidateList[];
  exact: AccountIndex;
  /** Keys every platform's filter holds besides its accounts (the listed hashtags). */
  extraKeys: Map<Platform, string[]>;
  /** Built on a tab's first ask: a tab only ever asks for its own site's. */
  filters: Map<Platform, AccountFilterData>;
}

/**
 * The background's view of every listed account, built once per set of
 * active lists: an exact index it answers details from, and per platform
 * the compact filter each tab of that site holds.
 */
export class AccountTables {
  #tables: Promise<Tables> | null = null;
  /** The last tables built: a rebuild for the same lists (a revision that changed nothing they hold) keeps them. */
  #last: Tables | null = null;
  /** Built by `prepare` for lists about to become active. */
  #prepared: Tables | null = null;

  constructor(private readonly health: Health = new Health()) {}

  /** The lists in force changed (a new revision): the next question rebuilds the tables. */
  invalidate(): void {
    this.#tables = null;
  }

  /**
   * Builds the tables of `lists` now, before the revision that makes them
   * active is written: the tabs that then ask find them ready, and the
   * importer says a list is active only once it is. The rebuild that the
   * new revision asks for finds these same lists and keeps the tables.
   */
  prepare(lists: readonly CandidateList[]): void {
    this.#prepared = tablesOf(lists);
  }

  async filterFor(platform: Platform): Promise<AccountFilterData> {
    const tables = await this.#get();
    let filter = tables.filters.get(platform);
    if (filter === undefined) {
      const extra = tables.extraKeys.get(platform) ?? [];
      filter = buildAccountFilter(keysOf(tables.exact, platform, extra), tables.exact.count(platform) + extra.length);
      tables.filters.set(platform, filter);
    }
    return filter;
  }

  /** The listed account (or hashtag) behind each key, or null: the exact answer to a filter's "maybe". */
  async details(keys: readonly string[]): Promise<(Listed | null)[]> {
    const { exact, hashtags } = await this.#get();
    return keys.map((key) => exact.listed(key) ?? hashtags.get(key as HashtagKey) ?? null);
  }

  /** Builds the tables if they are not built yet, so the health report covers the lists. */
  async ready(): Promise<void> {
    await this.#get();
  }

  #get(): Promise<Tables> {
    this.#tables ??= this.#build().then(
      (tables) => (this.#last = tables),
      (error: unknown) => {
        this.#tables = null;
        throw error;
      },
    );
    return this.#tables;
  }

  /**
   * When the stored lists cannot be read or indexed, the shipped lists still
   * warn (all of them: a switch that cannot be trusted must not silence one),
   * and the health report says protection is degraded.
   */
  async #build(): Promise<Tables> {
    try {
      const lists = (await activeLists()).map((active) => active.list);
      const built = [this.#prepared, this.#last].find((tables) => tables !== null && sameLists(tables.lists, lists));
      this.#prepared = null;
      const tables = built ?? tablesOf(lists);
      this.health.listsLoaded();
      return tables;
    } catch (error) {
      console.error('[Jaga Netral] stored lists unusable, warning on the shipped lists only', error);
      this.health.listsDegraded(error);
      return tablesOf(defaultLists());
    }
  }
}

function tablesOf(lists: readonly CandidateList[]): Tables {
  const extraKeys = new Map<Platform, string[]>();
  const hashtags = withHashtags(lists, extraKeys);
  return { lists, exact: new AccountIndex(lists), extraKeys, filters: new Map(), ...hashtags };
}

function* keysOf(exact: AccountIndex, platform: Platform, extra: readonly string[]): Generator<string> {
  yield* exact.keys(platform);
  yield* extra;
}

/** The same list objects in the same order: lists are read once per revision and never changed in place. */
function sameLists(a: readonly CandidateList[], b: readonly CandidateList[]): boolean {
  return a.length === b.length && a.every((list, i) => list === b[i]);
}
