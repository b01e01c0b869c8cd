import type { Markable, SiteAdapter } from '../../sites/adapter';
import type { FinalVerdict, Verdict } from '../../guard/guard';
import type { AccountRef } from '../../lists/platform';
import type { Language } from '../language';
import { createMarker, MARKER_TAG } from './create-marker';
import { confirmAny, idsOf, verdictOfAny } from '../../guard/any-account';
import { splitSelectorList } from './selector-list';

export interface PassiveMarkersOptions {
  adapter: SiteAdapter;
  verdict(account: AccountRef): Verdict;
  /** Settles an undecided account; a marker follows once it is confirmed. */
  confirm(account: AccountRef): Promise<FinalVerdict>;
  /** Asked at each marking: the language can change while the page is open. */
  lang(): Language;
  root: Document;
  signal: AbortSignal;
}

/**
 * Labels posts and profiles of listed accounts as they appear. One observer
 * per page collects added nodes; they are examined together once per frame,
 * so a burst of feed items costs one pass and no work happens mid-scroll
 * event. Only elements matching the adapter's selector are looked at.
 */
export class PassiveMarkers {
  #pending = new Set<Element>();
  #scheduled = false;
  #observer: MutationObserver | null = null;
  /** What to search for at the page's current URL; a single-page app changes it without a reload. */
  #selectors: { url: string; whole: string; parts: readonly string[] } | null = null;

  constructor(private readonly options: PassiveMarkersOptions) {
    options.signal.addEventListener('abort', () => this.stop());
  }

  start(): void {
    if (this.#observer || this.options.signal.aborted) return;
    this.#observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node.nodeType === 1 && (node as Element).localName !== MARKER_TAG) this.#pending.add(node as Element);
        }
      }
      this.#schedule();
    });
    this.#observer.observe(this.options.root, { childList: true, subtree: true });
    if (this.options.root.documentElement) this.#pending.add(this.options.root.documentElement);
    this.#schedule();
  }

  stop(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#pending.clear();
    // Queried rather than remembered: the page drops posts as it scrolls, and
    // a list of hosts would keep every dropped post alive.
    for (const host of this.options.root.querySelectorAll(MARKER_TAG)) host.remove();
  }

  /** After the lists change: drop every marker and look at the whole page again. */
  refresh(): void {
    const wasRunning = this.#observer !== null;
    this.stop();
    if (wasRunning) this.start();
  }

  #schedule(): void {
    if (this.#scheduled || this.#pending.size === 0) return;
    this.#scheduled = true;
    requestAnimationFrame(() => {
      this.#scheduled = false;
      this.scanPending();
    });
  }

  /**
   * Examines everything added since the last pass. While a page is parsed,
   * every element arrives as its own added node: only the outermost ones are
   * searched (their search covers the rest), and a post whose author row
   * arrived after the post itself is looked at again. Public so tests need
   * not wait for a frame.
   */
  scanPending(): void {
    const { whole: selector, parts } = this.#selectorsHere();
    const batch = this.#pending;
    this.#pending = new Set();
    const seen = new Set<Element>();
    const consider = (element: Element) => {
      if (seen.has(element)) return;
      seen.add(element);
      this.#consider(element);
    };
    for (const node of batch) {
      if (!node.isConnected || hasAncestorIn(node, batch)) continue;
      const enclosing = node.parentElement?.closest(selector);
      if (enclosing) consider(enclosing);
      if (node.matches(selector)) consider(node);
      for (const part of parts) for (const element of node.querySelectorAll(part)) consider(element);
    }
  }

  #selectorsHere(): { whole: string; parts: readonly string[] } {
    const url = this.options.root.URL;
    if (this.#selectors?.url !== url) {
      const { adapter } = this.options;
      const whole = adapter.markableSelectorAt?.(new URL(url)) ?? adapter.markableSelector;
      this.#selectors = { url, whole, parts: splitSelectorList(whole) };
    }
    return this.#selectors;
  }

  #consider(element: Element): void {
    const { adapter, verdict } = this.options;
    const markable = adapter.markable(element);
    if (!markable) return;
    const ids = idsOf(markable);
    const result = verdictOfAny(ids, verdict);
    if (result.kind === 'listed') this.#mark(markable, result);
    else if (result.kind === 'undecided') {
      confirmAny(ids, this.options.confirm).then(
        (confirmed) => confirmed.kind === 'listed' && markable.anchor.isConnected && !this.options.signal.aborted && this.#mark(markable, confirmed),
        () => {},
      );
    }
  }

  #mark(markable: Markable, verdict: Extract<FinalVerdict, { kind: 'listed' }>): void {
    const { anchor } = markable;
    for (const child of anchor.children) if (child.localName === MARKER_TAG) return;
    anchor.append(createMarker(verdict.listed, this.options.lang(), markable.kind === 'profile' && markable.followed === true));
  }
}

function hasAncestorIn(node: Element, batch: ReadonlySet<Element>): boolean {
  for (let parent = node.parentElement; parent; parent = parent.parentElement) if (batch.has(parent)) return true;
  return false;
}
