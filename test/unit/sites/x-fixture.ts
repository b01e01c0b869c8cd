import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { DetectedAction } from '../../../src/sites/adapter';
import { xAdapter } from '../../../src/sites/x';

/** The saved X pages, and the URL each one is served as (unit and E2E tests alike). */
export const X_FIXTURES = {
  'home-en': 'https://x.com/home',
  'home-id': 'https://x.com/home',
  'profile-aniesbaswedan': 'https://x.com/aniesbaswedan',
  'profile-prabowo-followed': 'https://x.com/prabowo',
  'profile-kompascom': 'https://x.com/kompascom',
  'status-aniesbaswedan': 'https://x.com/aniesbaswedan/status/1790000000000000001',
  'reply-modal': 'https://x.com/compose/post',
} as const;
export type XFixture = keyof typeof X_FIXTURES;

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/x');

export function fixtureSource(file: string): string {
  return readFileSync(join(DIR, file), 'utf8');
}

/**
 * Replaces the whole document with a fixture (the parsed page, not innerHTML,
 * so <html lang> and <title> are X's) and moves the window to its URL. The
 * fixture's <script> is inert here: parsed documents do not run scripts.
 */
export function loadFixture(name: XFixture, url: string = X_FIXTURES[name]): void {
  const parsed = new DOMParser().parseFromString(fixtureSource(`${name}.html`), 'text/html');
  const page = document.adoptNode(parsed.documentElement);
  document.documentElement.remove();
  document.append(page);
  history.replaceState(null, '', url);
}

/** One handler run of replica.js, as it logs it into window.__replicaLog. */
export interface ReplicaEntry {
  action: string;
  account?: string;
  tweet?: string;
  via: 'click' | 'keyboard';
}

/** Loads a fixture and runs replica.js on it, as the E2E pages do; returns its live log. */
export function startReplica(name: XFixture): ReplicaEntry[] {
  loadFixture(name);
  new Function(fixtureSource('replica.js'))();
  return (window as unknown as { __replicaLog: ReplicaEntry[] }).__replicaLog;
}

/** What the adapter answers for this event, read where the guard reads it: capture phase on window. */
export function detectOn(target: EventTarget, event: Event): DetectedAction | null {
  const answers: (DetectedAction | null)[] = [];
  const listener = (seen: Event): void => {
    answers.push(xAdapter.detect(seen));
  };
  window.addEventListener(event.type, listener, { capture: true });
  try {
    target.dispatchEvent(event);
  } finally {
    window.removeEventListener(event.type, listener, { capture: true });
  }
  expect(answers).toHaveLength(1);
  return answers[0] ?? null;
}

export function click(target: Node): DetectedAction | null {
  return detectOn(target, new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
}

export function press(target: Element, init: KeyboardEventInit): DetectedAction | null {
  return detectOn(target, new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
}

export function expectAction(
  actual: DetectedAction | null,
  intent: DetectedAction['intent'],
  id: string,
  element: Element,
): void {
  expect(actual).not.toBeNull();
  expect({ intent: actual?.intent, account: actual?.account }).toEqual({ intent, account: { platform: 'x', id } });
  // Identity, not structural equality: the guard anchors to and replays this very node.
  expect(actual?.element).toBe(element);
}

export function find<T extends Element = HTMLElement>(selector: string, scope: ParentNode = document): T {
  const found = scope.querySelector<T>(selector);
  if (found === null) throw new Error(`fixture has no ${selector}`);
  return found;
}

/** A post, found by its permalink (quoted posts have none, so this is always the outer post). */
export function tweet(id: string): HTMLElement {
  return find<HTMLAnchorElement>(`a[href$="/status/${id}"]`).closest<HTMLElement>('article')!;
}

export function inTweet(id: string, selector: string): HTMLElement {
  return find(selector, tweet(id));
}

/** The user cell (Who to follow, You might like) that links to this account. */
export function userCell(handle: string): HTMLElement {
  const cells = [...document.querySelectorAll<HTMLElement>('[data-testid="UserCell"]')];
  const cell = cells.find((candidate) => candidate.querySelector(`a[href="/${handle}"]`) !== null);
  if (cell === undefined) throw new Error(`fixture has no user cell for @${handle}`);
  return cell;
}
