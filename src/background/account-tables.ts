import type { AccountKey, Platform } from '../lists/platform';
import { buildAccountTable, type ListedAccount } from '../lists/listed-account';
import { buildAccountFilter, type AccountFilterData } from '../lists/account-filter';
import { activeLists } from './active-lists';

interface Tables {
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

  invalidate(): void {
    this.#tables = null;
  }

  async filterFor(platform: Platform): Promise<AccountFilterData> {
    return (await this.#get()).filters.get(platform) ?? buildAccountFilter([], 0);
  }

  /** The listed account behind each key, or null: the exact answer to a filter's "maybe". */
  async details(keys: readonly string[]): Promise<(ListedAccount | null)[]> {
    const { exact } = await this.#get();
    return keys.map((key) => exact.get(key as AccountKey) ?? null);
  }

  #get(): Promise<Tables> {
    this.#tables ??= this.#build().catch((error: unknown) => {
      this.#tables = null;
      throw error;
    });
    return this.#tables;
  }

  async #build(): Promise<Tables> {
    const exact = buildAccountTable((await activeLists()).map((active) => active.list));
    const byPlatform = new Map<Platform, AccountKey[]>();
    for (const key of exact.keys()) {
      const platform = key.slice(0, key.indexOf(':')) as Platform;
      const group = byPlatform.get(platform) ?? [];
      group.push(key);
      byPlatform.set(platform, group);
    }
    const filters = new Map<Platform, AccountFilterData>();
    for (const [platform, keys] of byPlatform) filters.set(platform, buildAccountFilter(keys, keys.length));
    return { exact, filters };
  }
}
