import type { Markable, SiteAdapter } from '../../sites/adapter';
import type { FinalVerdict, Verdict } from '../../guard/guard';
import type { AccountRef } from '../../lists/platform';
import type { Language } from '../language';
import { createMarker, MARKER_TAG } from './create-marker';
import { confirmAny, idsOf, verdictOfAny } from '../../guard/any-account';
import { splitSelectorList } from './selector-list';

/** A label already in a name row: ours are appended as its children. */
const OWN_LABEL = `:scope > ${MARKER_TAG}`;

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
 * per page; the browser calls it once after each task that changed the page,
 * and everything that task added is examined in that one call: before the
 * frame is laid out, so a marker costs no layout of its own, and with no
 * timer or frame callback, since scheduling one from a content script cost
 * Chromium more than examining a typical feed batch (measured with a trace
 * of the feed benchmark: 95 ms of extension script per 2,000-post scroll,
 * 133 ms with a frame callback). Only elements matching the adapter's
 * selector are looked at.
 */
export class PassiveMarkers {
  #observer: MutationObserver | null = null;
  /** What to search for at the page's current URL; a single-page app changes it without a reload. */
  #selectors: { url: string; whole: string; parts: readonly string[] } | null = null;

  constructor(private readonly options: PassiveMarkersOptions) {
    options.signal.addEventListener('abort', () => this.stop());
  }

  start(): void {
    if (this.#observer || this.options.signal.aborted) return;
    const observer = new MutationObserver((records) => {
      this.#scan(addedElements(records));
      // What is queued now is the markers this call inserted: nothing to
      // examine, and taking them spares a call per marker.
      observer.takeRecords();
    });
    this.#observer = observer;
    observer.observe(this.options.root, { childList: true, subtree: true });
    const top = this.options.root.documentElement;
    if (top) this.#scan(new Set([top]));
  }

  stop(): void {
    this.#observer?.disconnect();
    this.#observer = null;
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

  /**
   * Examines what one task added. While a page is parsed, every element
   * arrives as its own added node: only the outermost ones are searched
   * (their search covers the rest), and a post whose author row arrived after
   * the post itself is looked at again.
   */
  #scan(batch: ReadonlySet<Element>): void {
    const { whole: selector, parts } = this.#selectorsHere();
    const seen = new Set<Element>();
    const consider = (element: Element) => {
      if (seen.has(element)) return;
      seen.add(element);
      this.#consider(element);
    };
    // Siblings added together (a feed's next few posts) share their parent,
    // so whether an ancestor was added too, and what encloses them, is
    // looked up once for all of them.
    let parent: Element | null | undefined;
    let covered = false;
    for (const node of batch) {
      if (!node.isConnected) continue;
      if (node.parentElement !== parent) {
        parent = node.parentElement;
        covered = batch.size > 1 && hasAncestorIn(node, batch);
        const enclosing = covered ? null : parent?.closest(selector);
        if (enclosing) consider(enclosing);
      }
      if (covered) continue;
      if (node.matches(selector)) consider(node);
      for (const part of parts) {
        const found = node.querySelectorAll(part);
        for (let i = 0; i < found.length; i++) consider(found[i]!);
      }
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
    if (anchor.querySelector(OWN_LABEL)) return;
    anchor.append(createMarker(verdict.listed, this.options.lang(), markable.kind === 'profile' && markable.followed === true));
  }
}

/**
 * The elements the records added, less our own markers. Indexed loops, here
 * and over search results: a NodeList's iterator cost more than the work
 * per post (a CPU profile of the feed benchmark: 13.5 ms of extension
 * script per scroll in this function with iterators, 9.9 ms indexed).
 */
function addedElements(records: readonly MutationRecord[]): Set<Element> {
  const added = new Set<Element>();
  for (let r = 0; r < records.length; r++) {
    const nodes = records[r]!.addedNodes;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (node.nodeType === 1 && (node as Element).localName !== MARKER_TAG) added.add(node as Element);
    }
  }
  return added;
}

function hasAncestorIn(node: Element, batch: ReadonlySet<Element>): boolean {
  for (let parent = node.parentElement; parent; parent = parent.parentElement) if (batch.has(parent)) return true;
  return false;
}
