import type { DetectedAction, SiteAdapter } from '../sites/adapter';
import type { AccountRef } from '../lists/platform';
import type { ListedAccount } from '../lists/listed-account';
import type { Listed, ListedHashtag } from '../lists/listed-hashtag';
import type { Decision } from '../history/entry';
import { confirmAny, verdictOfAny } from './any-account';
import { candidates, type Candidate, type Check } from './candidates';
import type { Held } from './held';
import { targetElement } from '../sites/event-target';

export type Verdict<L extends Listed = ListedAccount> =
  | { kind: 'listed'; listed: L }
  | { kind: 'unlisted' }
  /** Not known yet: the lists have not reached the tab, or the background must confirm a "maybe". */
  | { kind: 'undecided' };

export type FinalVerdict<L extends Listed = ListedAccount> = Exclude<Verdict<L>, { kind: 'undecided' }>;

/** A reason to hold an event that is not ruled out, with what the tab knows of it so far. */
interface Open {
  candidate: Candidate;
  verdict: Verdict<Listed>;
}

export interface GuardOptions {
  adapter: SiteAdapter;
  /** Synchronous: the event must be stopped before the page sees it. */
  verdict(account: AccountRef): Verdict;
  /** The final answer for an undecided account. */
  confirm(account: AccountRef): Promise<FinalVerdict>;
  /** The same two questions about a campaign hashtag; without them no hashtag is looked for. */
  hashtag?: {
    verdict(tag: string): Verdict<ListedHashtag>;
    confirm(tag: string): Promise<FinalVerdict<ListedHashtag>>;
  };
  /** A mention's handle as the platform's normaliser reads it; without it no mention is looked for. */
  mention?(handle: string): AccountRef | null;
  /** Shows the warning and resolves with what the user chose. */
  warn(held: Held, listed: Listed): Promise<Decision>;
  /** Told of every guarded action the adapter recognised, listed or not: the tab counts them. */
  recognised?(action: DetectedAction): void;
  signal: AbortSignal;
}

/**
 * Installs the capture-phase listeners on `win`. They run before any of the
 * page's own listeners (they are added at document_start), so a held action
 * never reaches the site; on proceed it is replayed once, by clicking the
 * control or by the adapter's own replay, and that one replay is let through.
 */
export function installGuard(win: Window, options: GuardOptions): void {
  const { adapter, hashtag } = options;
  let replaying = false;
  let busy = false;
  /** Where the last click landed (the page's own and ours alike), for `detect`'s `previous`. */
  let previousClick: Element | null = null;

  const replay = (held: Held) => {
    replaying = true;
    try {
      if (held.replay) held.replay();
      else held.element.click();
    } finally {
      replaying = false;
    }
  };

  const verdictOf = (check: Check): Verdict<Listed> =>
    'tag' in check ? (hashtag?.verdict(check.tag) ?? { kind: 'unlisted' }) : verdictOfAny(check.ids, options.verdict);
  const confirmOf = (check: Check): Promise<FinalVerdict<Listed>> =>
    'tag' in check ? (hashtag?.confirm(check.tag) ?? Promise.resolve({ kind: 'unlisted' })) : confirmAny(check.ids, options.confirm);

  /**
   * The reasons to hold this event that are not ruled out at once, up to the
   * first that is listed for sure: an earlier undecided one still counts
   * first (a listed author wins over a hashtag), so it is kept.
   */
  const open = (event: Event, action: DetectedAction | null): Open[] => {
    const found: Open[] = [];
    const all = candidates({
      platform: adapter.platform,
      action,
      publish: () => adapter.publish?.(event) ?? null,
      mention: (handle) => options.mention?.(handle) ?? null,
      hashtags: hashtag !== undefined,
    });
    for (const candidate of all) {
      const verdict = verdictOf(candidate.check);
      if (verdict.kind === 'unlisted') continue;
      found.push({ candidate, verdict });
      if (verdict.kind === 'listed') break;
    }
    return found;
  };

  const settle = async (found: readonly Open[]) => {
    for (const { candidate, verdict } of found) {
      const final = verdict.kind === 'undecided' ? await confirmOf(candidate.check) : verdict;
      if (final.kind === 'unlisted') continue;
      if ((await options.warn(candidate.held, final.listed)) === 'proceeded') replay(candidate.held);
      return;
    }
    // Every reason was ruled out: the event goes through as it would have.
    replay(found[0]!.candidate.held);
  };

  const onEvent = (event: Event) => {
    // Our own replay is the only thing let through, with whatever it sets off
    // (a click on a submit button fires the form's submit). `click()` runs to
    // completion synchronously, so nothing else can run while it is set.
    if (replaying) return;
    const previous = previousClick;
    if (event.type === 'click') previousClick = targetElement(event);
    const action = adapter.detect(event, previous);
    if (action) options.recognised?.(action);
    const found = open(event, action);
    if (found.length === 0) return;

    event.preventDefault();
    event.stopImmediatePropagation();
    // A page script can synthesise events; those may be held but can never
    // open a warning whose proceed would replay them.
    if (!event.isTrusted || busy) return;
    busy = true;
    settle(found)
      .catch((error: unknown) => console.error('[Jaga Netral] could not settle a held action', error))
      .finally(() => (busy = false));
  };

  for (const type of adapter.events) {
    win.addEventListener(type, onEvent, { capture: true, signal: options.signal });
  }
}
