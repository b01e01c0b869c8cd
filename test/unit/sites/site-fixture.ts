import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Platform } from '../../../src/lists/platform';
import type { DetectedAction, Publish, SiteAdapter } from '../../../src/sites/adapter';

/**
 * Site-neutral helpers for adapter tests on saved pages: each site's
 * `<site>-fixture.ts` binds them to its adapter and test/fixtures/<site>.
 */
export function sitePages<Name extends string>(site: string, urls: Readonly<Record<Name, string>>) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures', site);
  const fixtureSource = (file: string): string => readFileSync(join(dir, file), 'utf8');
  /**
   * Replaces the whole document with a parsed fixture (its <html lang> and
   * <title> too) and moves the window to its URL; its scripts stay inert.
   */
  const loadFixture = (name: Name, url: string = urls[name]): void => {
    const parsed = new DOMParser().parseFromString(fixtureSource(`${name}.html`), 'text/html');
    const page = document.adoptNode(parsed.documentElement);
    document.documentElement.remove();
    document.append(page);
    history.replaceState(null, '', url);
  };
  return {
    fixtureSource,
    loadFixture,
    /** Every saved page, parsed but not loaded: for checks that a selector matches somewhere. */
    parseAll: (): Document[] =>
      (Object.keys(urls) as Name[]).map((name) =>
        new DOMParser().parseFromString(fixtureSource(`${name}.html`), 'text/html'),
      ),
    /** Loads a fixture and runs the site's replica.js on it (after replica-kit.js), as the E2E pages do; returns its live log. */
    startReplica<Entry = unknown>(name: Name, url?: string): Entry[] {
      loadFixture(name, url);
      window.fetch = replicaFetch(fixtureSource);
      new Function(fixtureSource('../replica-kit.js'))();
      new Function(fixtureSource('replica.js'))();
      return (window as unknown as { __replicaLog: Entry[] }).__replicaLog;
    },
  };
}

/**
 * What a replica fetches (a dialog's post, more of a feed) answered from its
 * own routes.json, as the E2E server does: a unit test never reaches the
 * network, and an unknown path is a 404 the replica handles.
 */
function replicaFetch(fixtureSource: (file: string) => string): typeof fetch {
  const { routes } = JSON.parse(fixtureSource('routes.json')) as { routes: Record<string, string> };
  return async (input) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const file = routes[url.pathname + url.search] ?? routes[url.pathname];
    return file === undefined ? new Response('', { status: 404 }) : new Response(fixtureSource(file), { headers: { 'content-type': 'text/html' } });
  };
}

export function adapterEvents(adapter: SiteAdapter) {
  const answerOn = <T>(target: EventTarget, event: Event, ask: (seen: Event) => T | null): T | null => {
    const answers: (T | null)[] = [];
    const listener = (seen: Event): void => {
      answers.push(ask(seen));
    };
    window.addEventListener(event.type, listener, { capture: true });
    try {
      target.dispatchEvent(event);
    } finally {
      window.removeEventListener(event.type, listener, { capture: true });
    }
    expect(answers).toHaveLength(1);
    return answers[0] ?? null;
  };
  /**
   * What the adapter answers for this event, read where the guard reads it:
   * capture phase on window; `previous` is where the guard saw the click
   * before it land.
   */
  const detectOn = (target: EventTarget, event: Event, previous: Element | null = null): DetectedAction | null =>
    answerOn(target, event, (seen) => adapter.detect(seen, previous));
  /** What the adapter's `publish` answers for this event, read where the guard reads it. */
  const publishOn = (target: EventTarget, event: Event): Publish | null =>
    answerOn(target, event, (seen) => adapter.publish?.(seen) ?? null);
  const mouse = (type: string) => new MouseEvent(type, { bubbles: true, cancelable: true, composed: true });
  return {
    detectOn,
    publishOn,
    click: (target: Node) => detectOn(target, mouse('click')),
    /** A click after one that landed on `previous` (a popup menu's item after its opener). */
    clickAfter: (previous: Element | null, target: Node) => detectOn(target, mouse('click'), previous),
    dblclick: (target: Node) => detectOn(target, mouse('dblclick')),
    press: (target: Element, init: KeyboardEventInit) =>
      detectOn(target, new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init })),
    expectAction(actual: DetectedAction | null, intent: DetectedAction['intent'], id: string, element: Element): void {
      expect(actual).not.toBeNull();
      expect({ intent: actual?.intent, account: actual?.account }).toEqual({
        intent,
        account: { platform: adapter.platform satisfies Platform, id },
      });
      // Identity: the guard anchors to and replays this very node.
      expect(actual?.element).toBe(element);
    },
  };
}

export function find<T extends Element = HTMLElement>(selector: string, scope: ParentNode = document): T {
  const found = scope.querySelector<T>(selector);
  if (found === null) throw new Error(`fixture has no ${selector}`);
  return found;
}
