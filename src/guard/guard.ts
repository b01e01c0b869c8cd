import type { DetectedAction, SiteAdapter } from '../sites/adapter';
import type { AccountRef } from '../lists/platform';
import type { ListedAccount } from '../lists/listed-account';
import type { Decision } from '../history/entry';
import { confirmAny, idsOf, verdictOfAny } from './any-account';
import { targetElement } from '../sites/event-target';

export type Verdict =
  | { kind: 'listed'; listed: ListedAccount }
  | { kind: 'unlisted' }
  /** Not known yet: the lists have not reached the tab, or the background must confirm a "maybe". */
  | { kind: 'undecided' };

export type FinalVerdict = Exclude<Verdict, { kind: 'undecided' }>;

export interface GuardOptions {
  adapter: SiteAdapter;
  /** Synchronous: the event must be stopped before the page sees it. */
  verdict(account: AccountRef): Verdict;
  /** The final answer for an undecided account. */
  confirm(account: AccountRef): Promise<FinalVerdict>;
  /** Shows the warning and resolves with what the user chose. */
  warn(action: DetectedAction, listed: ListedAccount): Promise<Decision>;
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
  const { adapter } = options;
  let replaying = false;
  let busy = false;
  /** Where the last click landed (the page's own and ours alike), for `detect`'s `previous`. */
  let previousClick: Element | null = null;

  const replay = (action: DetectedAction) => {
    replaying = true;
    try {
      if (action.replay) action.replay();
      else action.element.click();
    } finally {
      replaying = false;
    }
  };

  const settle = async (action: DetectedAction) => {
    const ids = idsOf(action);
    const first = verdictOfAny(ids, options.verdict);
    const verdict = first.kind === 'undecided' ? await confirmAny(ids, options.confirm) : first;
    if (verdict.kind === 'unlisted') {
      replay(action);
      return;
    }
    if ((await options.warn(action, verdict.listed)) === 'proceeded') {
      replay(action);
    }
  };

  const onEvent = (event: Event) => {
    // Our own replay is the only thing let through, with whatever it sets off
    // (a click on a submit button fires the form's submit). `click()` runs to
    // completion synchronously, so nothing else can run while it is set.
    if (replaying) return;
    const previous = previousClick;
    if (event.type === 'click') previousClick = targetElement(event);
    const action = adapter.detect(event, previous);
    if (!action) return;
    options.recognised?.(action);
    if (verdictOfAny(idsOf(action), options.verdict).kind === 'unlisted') return;

    event.preventDefault();
    event.stopImmediatePropagation();
    // A page script can synthesise events; those may be held but can never
    // open a warning whose proceed would replay them.
    if (!event.isTrusted || busy) return;
    busy = true;
    settle(action)
      .catch((error: unknown) => console.error('[Jaga Netral] could not settle a held action', error))
      .finally(() => (busy = false));
  };

  for (const type of adapter.events) {
    win.addEventListener(type, onEvent, { capture: true, signal: options.signal });
  }
}
