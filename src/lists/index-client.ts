import type { AccountKey, AccountRef } from './platform';
import { accountKey } from './platform';
import type { ListedAccount } from './listed-account';
import type { Listed, ListedHashtag } from './listed-hashtag';
import { hashtagKey, type HashtagKey } from './hashtag';
import { buildAccountFilter, mightContain, type AccountFilterData } from './account-filter';
import type { FinalVerdict, Verdict } from '../guard/guard';

type Key = AccountKey | HashtagKey;

interface Waiter {
  resolve(listed: Listed | null): void;
  reject(error: unknown): void;
}

export interface IndexSource {
  /** The compact filter of this tab's platform, with every listed hashtag in it. */
  filter(): Promise<AccountFilterData>;
  /** Exact answers for keys the filter said "maybe" to, in the same order. */
  details(keys: Key[]): Promise<(Listed | null)[]>;
}

/** The background answers at most this many keys in one request (messaging/protocol.ts). */
const MAX_REASKED = 1000;

/** One answer shared by every unlisted account: a feed asks about each post. */
const UNLISTED = Object.freeze({ kind: 'unlisted' } as const);

/**
 * The tab's view of the lists for its own platform. Synchronous at click
 * time: the filter rules most accounts out at once; an account it cannot rule
 * out is `undecided` until the background confirms it, and the guard holds
 * the action meanwhile. Before the filter arrives everything is undecided, so
 * nothing slips through while the tab starts.
 */
export class IndexClient {
  #filter: AccountFilterData | null = null;
  #confirmed = new Map<Key, Listed | null>();
  /** Bumped on every refresh, so a confirmation that raced one is not kept. */
  #generation = 0;
  #loaded: Promise<void>;
  #resolveLoaded: () => void = () => {};
  #queued = new Map<Key, Waiter[]>();
  /**
   * Accounts found unlisted since the last refresh, by object: the adapters
   * hand out one shared object per author link (sites/account-from-href.ts),
   * and a feed shows the same authors again and again. An unlisted answer
   * holds until the next refresh.
   */
  #unlisted = new WeakSet<AccountRef>();

  constructor(private readonly source: IndexSource) {
    this.#loaded = new Promise((resolve) => (this.#resolveLoaded = resolve));
  }

  async refresh(): Promise<void> {
    const filter = await this.source.filter();
    // The listed accounts this tab knows are asked again before the switch, so
    // one still listed never reads as undecided meanwhile (its marker would
    // blink). A refresh whose question goes unanswered fails as a whole and
    // is tried again, the lists in force meanwhile staying as they were.
    const listed = [...this.#confirmed].flatMap(([key, found]) => (found ? [key] : [])).slice(0, MAX_REASKED);
    const answers = listed.length > 0 ? await this.source.details(listed) : [];
    this.#generation++;
    this.#filter = filter;
    this.#unlisted = new WeakSet();
    this.#confirmed = new Map(listed.flatMap((key, i) => (answers[i] === undefined ? [] : [[key, answers[i]] as const])));
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
    if (this.#unlisted.has(account)) return UNLISTED;
    const verdict = this.#verdict(accountKey(account)) as Verdict;
    if (verdict.kind === 'unlisted') this.#unlisted.add(account);
    return verdict;
  }

  /** The same for a hashtag already folded (see hashtag.ts): listed hashtags ride in the same filter. */
  hashtagVerdict(tag: string): Verdict<ListedHashtag> {
    return this.#verdict(hashtagKey(tag)) as Verdict<ListedHashtag>;
  }

  /** The final verdict: waits for the filter, then asks the background about a "maybe". */
  async confirm(account: AccountRef): Promise<FinalVerdict> {
    return (await this.#confirm(accountKey(account))) as FinalVerdict;
  }

  async confirmHashtag(tag: string): Promise<FinalVerdict<ListedHashtag>> {
    return (await this.#confirm(hashtagKey(tag))) as FinalVerdict<ListedHashtag>;
  }

  // The background answers a key with the row of the same kind (an account
  // key with an account, a hashtag key with a hashtag), which the casts above say.
  #verdict(key: Key): Verdict<Listed> {
    if (!this.#filter) return { kind: 'undecided' };
    if (!mightContain(this.#filter, key)) return UNLISTED;
    const known = this.#confirmed.get(key);
    if (known === undefined) return { kind: 'undecided' };
    return known ? { kind: 'listed', listed: known } : UNLISTED;
  }

  async #confirm(key: Key): Promise<FinalVerdict<Listed>> {
    await this.#loaded;
    const verdict = this.#verdict(key);
    if (verdict.kind !== 'undecided') return verdict;
    const generation = this.#generation;
    const listed = await this.#ask(key);
    if (generation === this.#generation) this.#confirmed.set(key, listed);
    return listed ? { kind: 'listed', listed } : { kind: 'unlisted' };
  }

  /** Questions asked in the same task go to the background as one message. */
  #ask(key: Key): Promise<Listed | null> {
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
