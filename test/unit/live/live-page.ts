import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { accountKey, type AccountRef } from '../../../src/lists/platform';

export { accountKey };
import type { DetectedAction, Markable, Publish, SiteAdapter } from '../../../src/sites/adapter';
import type { FinalVerdict } from '../../../src/guard/guard';
import { adapterEvents } from '../sites/site-fixture';
import { PassiveMarkers } from '../../../src/ui/markers/passive-markers';
import { MARKER_TAG } from '../../../src/ui/markers/create-marker';

/**
 * The real pages saved from the live sites (../shared/live-dom, beside the
 * project; see its README). They are read where they lie, never copied in.
 */
export const LIVE_DOM_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/live-dom');

/** The markup of one saved page, e.g. `x/home-2025-02`. */
export function livePageSource(page: string): string {
  return gunzipSync(readFileSync(join(LIVE_DOM_DIR, `${page}.html.gz`))).toString('utf8');
}

/**
 * Replaces the test's whole document with a saved live page and moves the
 * window to the URL it was saved from. The pages carry no scripts. Their
 * frames are dropped before parsing: happy-dom tries to load each one (and
 * cannot, loudly), and no adapter reads inside a frame.
 * Test files that load live pages set happy-dom's
 * `handleDisabledFileLoadingAsSuccess` so the style sheets they link are not
 * reported as failed loads either.
 */
export function loadLivePage(page: string, url: string, edit?: (source: string) => string): Document {
  const saved = livePageSource(page).replace(/<iframe\b[\s\S]*?<\/iframe>/gi, '');
  const source = edit ? edit(saved) : saved;
  const parsed = new DOMParser().parseFromString(source, 'text/html');
  const root = document.adoptNode(parsed.documentElement);
  document.documentElement.remove();
  document.append(root);
  history.replaceState(null, '', url);
  return document;
}

/** Every element the adapter would mark on the loaded page, in document order, with what it would mark. */
export function markablesOn(adapter: SiteAdapter, root: ParentNode = document): { element: Element; markable: Markable }[] {
  const found: { element: Element; markable: Markable }[] = [];
  const selector = adapter.markableSelectorAt?.(new URL(location.href)) ?? adapter.markableSelector;
  for (const element of root.querySelectorAll(selector)) {
    const markable = adapter.markable(element);
    if (markable !== null) found.push({ element, markable });
  }
  return found;
}


/** What the adapter answers for one event on `target`, read where the guard reads it (site-fixture.ts). */
export const detectOn = (adapter: SiteAdapter, target: EventTarget, event: Event, previous: Element | null = null): DetectedAction | null =>
  adapterEvents(adapter).detectOn(target, event, previous);

/** What the adapter's `publish` answers for one event on `target` (a composer's button or box). */
export const publishOn = (adapter: SiteAdapter, target: EventTarget, event: Event): Publish | null =>
  adapterEvents(adapter).publishOn(target, event);

export const clickOn = (adapter: SiteAdapter, target: EventTarget): DetectedAction | null =>
  detectOn(adapter, target, new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));

/** `intent platform:id`, or null: what a person reading the page writes down for one control. */
export const described = (action: DetectedAction | null): string | null =>
  action === null ? null : `${action.intent} ${accountKey(action.account)}`;

/**
 * Runs the real passive markers over the loaded page with `listed` as the
 * only listed accounts (`platform:id` keys), and answers which markers landed:
 * the account each names, the marker's host and the element it was put in
 * (the markers are removed again before this returns).
 */
export function markersOnLivePage(
  adapter: SiteAdapter,
  listed: readonly string[],
): { account: string; host: Element; anchor: Element | null }[] {
  const keys = new Set(listed);
  const controller = new AbortController();
  const verdict = (account: AccountRef): FinalVerdict =>
    keys.has(accountKey(account))
      ? {
          kind: 'listed',
          listed: { key: accountKey(account), name: account.id, listId: 'live', listTitle: 'Live pages', entryIndex: 0 },
        }
      : { kind: 'unlisted' };
  const markers = new PassiveMarkers({
    adapter,
    verdict,
    confirm: (account) => Promise.resolve(verdict(account)),
    lang: () => 'en',
    root: document,
    signal: controller.signal,
  });
  markers.start();
  const landed = [...document.querySelectorAll(MARKER_TAG)].map((host) => ({
    account: host.shadowRoot?.querySelector('[data-marker="listed"]')?.getAttribute('data-account') ?? '',
    host,
    anchor: host.parentElement,
  }));
  // Aborting removes the markers again: the next test reads the page as saved.
  controller.abort();
  return landed;
}
