import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { DetectedAction } from '../../../src/sites/adapter';
import { instagramAdapter } from '../../../src/sites/instagram';

/** The saved Instagram pages, and the URL each one is served as (unit and E2E tests alike). */
export const INSTAGRAM_FIXTURES = {
  'feed-en': 'https://www.instagram.com/',
  'feed-id': 'https://www.instagram.com/?hl=id',
  'profile-aniesbaswedan': 'https://www.instagram.com/aniesbaswedan/',
  'profile-prabowo-followed': 'https://www.instagram.com/prabowo/',
  'post-page': 'https://www.instagram.com/p/C1aniesPost/',
} as const;
export type InstagramFixture = keyof typeof INSTAGRAM_FIXTURES;

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/instagram');

export function fixtureSource(file: string): string {
  return readFileSync(join(DIR, file), 'utf8');
}

/** Replaces the whole document with a fixture and moves the window to its URL; scripts stay inert. */
export function loadFixture(name: InstagramFixture, url: string = INSTAGRAM_FIXTURES[name]): void {
  const parsed = new DOMParser().parseFromString(fixtureSource(`${name}.html`), 'text/html');
  const page = document.adoptNode(parsed.documentElement);
  document.documentElement.remove();
  document.append(page);
  history.replaceState(null, '', url);
}

/** What the adapter answers for this event, read where the guard reads it: capture phase on window. */
export function detectOn(target: EventTarget, event: Event): DetectedAction | null {
  const answers: (DetectedAction | null)[] = [];
  const listener = (seen: Event): void => {
    answers.push(instagramAdapter.detect(seen));
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

const mouse = (type: string) => new MouseEvent(type, { bubbles: true, cancelable: true, composed: true });
export const click = (target: Node) => detectOn(target, mouse('click'));
export const dblclick = (target: Node) => detectOn(target, mouse('dblclick'));
export const press = (target: Element, init: KeyboardEventInit) =>
  detectOn(target, new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));

export function expectAction(
  actual: DetectedAction | null,
  intent: DetectedAction['intent'],
  id: string,
  element: Element,
): void {
  expect(actual).not.toBeNull();
  expect({ intent: actual?.intent, account: actual?.account }).toEqual({ intent, account: { platform: 'instagram', id } });
  // Identity, not structural equality: the guard anchors to and replays this very node.
  expect(actual?.element).toBe(element);
}

export function find<T extends Element = HTMLElement>(selector: string, scope: ParentNode = document): T {
  const found = scope.querySelector<T>(selector);
  if (found === null) throw new Error(`fixture has no ${selector}`);
  return found;
}

/** A feed post, found by its time link's shortcode. */
export function post(code: string): HTMLElement {
  return find<HTMLAnchorElement>(`article a[href="/p/${code}/"]`).closest<HTMLElement>('article')!;
}

/** The clickable around the icon with this label (and size, for hearts). */
export function iconButton(scope: ParentNode, label: string, height = '24'): HTMLElement {
  return find(`svg[aria-label="${label}"][height="${height}"]`, scope).closest<HTMLElement>('[role="button"], button')!;
}

/** The button reading `text` closest to the first link to this account (its card, row or post header). */
export function textButtonNear(handle: string, text: string): HTMLElement {
  const link = find(`a[href="/${handle}/"]`);
  for (let scope = link.parentElement; scope !== null; scope = scope.parentElement) {
    const buttons = [...scope.querySelectorAll<HTMLElement>('[role="button"], button')];
    const found = buttons.find((button) => button.textContent?.trim() === text);
    if (found !== undefined) return found;
  }
  throw new Error(`fixture has no "${text}" button near @${handle}`);
}
