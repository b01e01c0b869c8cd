import type { AccountKey, AccountRef } from './platform';
import { accountKey } from './platform';
import type { ListedAccount } from './listed-account';
import type { Verdict } from '../guard/guard';

/**
 * The tab's copy of the listed accounts for its own platform, answering
 * synchronously at click time. Until the first copy arrives every verdict is
 * `pending`, which makes the guard hold the action instead of letting it slip.
 */
export class IndexClient {
  #accounts: Map<AccountKey, ListedAccount> | null = null;
  #loaded: Promise<void>;
  #resolveLoaded: () => void = () => {};

  constructor(private readonly fetchAccounts: () => Promise<ListedAccount[]>) {
    this.#loaded = new Promise((resolve) => (this.#resolveLoaded = resolve));
  }

  async refresh(): Promise<void> {
    const accounts = await this.fetchAccounts();
    this.#accounts = new Map(accounts.map((a) => [a.key, a]));
    this.#resolveLoaded();
  }

  /**
   * After the lists could not be loaded at all, stop holding every action on
   * the site: a tab that can never settle a held click would break the site.
   * What was loaded before stays in force.
   */
  giveUp(): void {
    this.#accounts ??= new Map();
    this.#resolveLoaded();
  }

  verdict(account: AccountRef): Verdict {
    if (!this.#accounts) return { kind: 'pending' };
    const listed = this.#accounts.get(accountKey(account));
    return listed ? { kind: 'listed', listed } : { kind: 'unlisted' };
  }

  ready(): Promise<void> {
    return this.#loaded;
  }
}
