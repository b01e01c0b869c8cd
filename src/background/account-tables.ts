import type { AccountKey, Platform } from '../lists/platform';
import { buildAccountTable, type ListedAccount } from '../lists/listed-account';
import { buildAccountFilter, type AccountFilterData } from '../lists/account-filter';
import { defaultLists } from '../lists/default-lists';
import type { CandidateList } from '../lists/schema';
import type { Listed } from '../lists/listed-hashtag';
import type { HashtagKey } from '../lists/hashtag';
import { activeLists } from './active-lists';
import { withHashtags, type HashtagTables } from './hashtag-tables';
import { Health } from './health';

interface Tables extends HashtagTables {
  exact: Map<AccountKey, ListedAccount>;
  filters: Map<Platform, AccountFilterData>;
}

/**
 * The background's view of every listed account, built once per lists
 * revision: an exact table it answers details from, and per platform the
 * compact filter each tab of that site holds.
 */
export class AccountTables {
  #tables: Promise<Tables> | null = null;

  constructor(private readonly health: Health = new Health()) {}

  invalidate(): void {
    this.#tables = null;
  }

  async filterFor(platform: Platform): Promise<AccountFilterData> {
    return (await this.#get()).filters.get(platform) ?? buildAccountFilter([], 0);
  }

  /** The listed account behind each key, or null: the exact answer to a filter's "maybe". */
  async details(keys: readonly string[]): Promise<(Listed | null)[]> {
    const { exact, hashtags } = await this.#get();
    return keys.map((key) => exact.get(key as AccountKey) ?? hashtags.get(key as HashtagKey) ?? null);
  }

  /** Builds the tables if they are not built yet, so the health report covers the lists. */
  async ready(): Promise<void> {
    await this.#get();
  }

  #get(): Promise<Tables> {
    this.#tables ??= this.#build().catch((error: unknown) => {
      this.#tables = null;
      throw error;
    });
    return this.#tables;
  }

  /**
   * When the stored lists cannot be read or indexed, the shipped lists still
   * warn (all of them: a switch that cannot be trusted must not silence one),
   * and the health report says protection is degraded.
   */
  async #build(): Promise<Tables> {
    try {
      const tables = tablesOf((await activeLists()).map((active) => active.list));
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
  const exact = buildAccountTable(lists);
  const byPlatform = new Map<Platform, string[]>();
  for (const key of exact.keys()) {
    const platform = key.slice(0, key.indexOf(':')) as Platform;
    const group = byPlatform.get(platform) ?? [];
    group.push(key);
    byPlatform.set(platform, group);
  }
  const hashtags = withHashtags(lists, byPlatform);
  const filters = new Map<Platform, AccountFilterData>();
  for (const [platform, keys] of byPlatform) filters.set(platform, buildAccountFilter(keys, keys.length));
  return { exact, filters, ...hashtags };
}
