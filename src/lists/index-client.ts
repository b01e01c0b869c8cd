import type { AccountKey, AccountRef } from './platform';
import { accountKey } from './platform';
import type { ListedAccount } from './listed-account';
import { buildAccountFilter, mightContain, type AccountFilterData } from './account-filter';
import type { Verdict } from '../guard/guard';

interface Waiter {
  resolve(listed: ListedAccount | null): void;
  reject(error: unknown): void;
}

export interface IndexSource {
  /** The compact filter of this tab's platform. */
  filter(): Promise<AccountFilterData>;
  /** Exact answers for keys the filter said "maybe" to, in the same order. */
  details(keys: AccountKey[]): Promise<(ListedAccount | null)[]>;
}

/**
 * The tab's view of the lists for its own platform. Synchronous at click
 * time: the filter rules most accounts out at once; an account it cannot rule
 * out is `undecided` until the background confirms it, and the guard holds
 * the action meanwhile. Before the filter arrives everything is undecided, so
 * nothing slips through while the tab starts.
 */
export class IndexClient {
  #filter: AccountFilterData | null = null;
  #confirmed = new Map<AccountKey, ListedAccount | null>();
  /** Bumped on every refresh, so a confirmation that raced one is not kept. */
  #generation = 0;
  #loaded: Promise<void>;
  #resolveLoaded: () => void = () => {};
  #queued = new Map<AccountKey, Waiter[]>();

  constructor(private readonly source: IndexSource) {
    this.#loaded = new Promise((resolve) => (this.#resolveLoaded = resolve));
  }

  async refresh(): Promise<void> {
    const filter = await this.source.filter();
    this.#generation++;
    this.#filter = filter;
    this.#confirmed.clear();
    this.#resolveLoaded();
  }

  /**
   * After the lists could not be loaded at all, stop holding every action on
   * the site: a tab that can never settle a held click would break the site.
   * What was loaded before stays in force.
   */
  giveUp(): void {
    this.#filter ??= buildAccountFilter([], 0);
    this.#resolveLoaded();
  }

  verdict(account: AccountRef): Verdict {
    if (!this.#filter) return { kind: 'undecided' };
    const key = accountKey(account);
    if (!mightContain(this.#filter, key)) return { kind: 'unlisted' };
    const known = this.#confirmed.get(key);
    if (known === undefined) return { kind: 'undecided' };
    return known ? { kind: 'listed', listed: known } : { kind: 'unlisted' };
  }

  /** The final verdict: waits for the filter, then asks the background about a "maybe". */
  async confirm(account: AccountRef): Promise<Exclude<Verdict, { kind: 'undecided' }>> {
    await this.#loaded;
    const verdict = this.verdict(account);
    if (verdict.kind !== 'undecided') return verdict;
    const key = accountKey(account);
    const generation = this.#generation;
    const listed = await this.#ask(key);
    if (generation === this.#generation) this.#confirmed.set(key, listed);
    return listed ? { kind: 'listed', listed } : { kind: 'unlisted' };
  }

  /** Questions asked in the same task go to the background as one message. */
  #ask(key: AccountKey): Promise<ListedAccount | null> {
    return new Promise((resolve, reject) => {
      const waiter = { resolve, reject };
      const waiting = this.#queued.get(key);
      if (waiting) return void waiting.push(waiter);
      if (this.#queued.size === 0) queueMicrotask(() => this.#flush());
      this.#queued.set(key, [waiter]);
    });
  }

  #flush(): void {
    const batch = this.#queued;
    this.#queued = new Map();
    const keys = [...batch.keys()];
    this.source.details(keys).then(
      (answers) => keys.forEach((key, i) => batch.get(key)?.forEach((w) => w.resolve(answers[i] ?? null))),
      (error: unknown) => batch.forEach((waiters) => waiters.forEach((w) => w.reject(error))),
    );
  }
}
