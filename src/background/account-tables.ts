import type { Platform } from '../lists/platform';
import { buildAccountTable, type ListedAccount } from '../lists/listed-account';
import { activeLists } from './active-lists';

/**
 * Listed accounts grouped by platform, built once per lists revision: every
 * tab of a site asks for its platform's accounts when it loads.
 */
export class AccountTables {
  #byPlatform: Promise<Map<Platform, ListedAccount[]>> | null = null;

  invalidate(): void {
    this.#byPlatform = null;
  }

  async forPlatform(platform: Platform): Promise<ListedAccount[]> {
    this.#byPlatform ??= this.#build().catch((error: unknown) => {
      this.#byPlatform = null;
      throw error;
    });
    return (await this.#byPlatform).get(platform) ?? [];
  }

  async #build(): Promise<Map<Platform, ListedAccount[]>> {
    const byPlatform = new Map<Platform, ListedAccount[]>();
    for (const listed of buildAccountTable((await activeLists()).map((active) => active.list)).values()) {
      const platform = listed.key.slice(0, listed.key.indexOf(':')) as Platform;
      const group = byPlatform.get(platform) ?? [];
      group.push(listed);
      byPlatform.set(platform, group);
    }
    return byPlatform;
  }
}
