import { instagramAdapter } from '../../../src/sites/instagram';
import { adapterEvents, find, sitePages } from './site-fixture';

export { find };

/** The saved Instagram pages, and the URL each one is served as (unit and E2E tests alike). */
export const INSTAGRAM_FIXTURES = {
  'feed-en': 'https://www.instagram.com/',
  'feed-id': 'https://www.instagram.com/?hl=id',
  'profile-aniesbaswedan': 'https://www.instagram.com/aniesbaswedan/',
  'profile-prabowo-followed': 'https://www.instagram.com/prabowo/',
  'post-page': 'https://www.instagram.com/p/C1aniesPost/',
  'reels-id': 'https://www.instagram.com/reels/C1reelAnies/',
  'post-2026-anies': 'https://www.instagram.com/p/C2postAnies/',
  'post-2026-kompas': 'https://www.instagram.com/p/C2postKompas/',
} as const;
export type InstagramFixture = keyof typeof INSTAGRAM_FIXTURES;

const pages = sitePages('instagram', INSTAGRAM_FIXTURES);
export const { fixtureSource, loadFixture, parseAll } = pages;
export const { detectOn, click, dblclick, press, expectAction } = adapterEvents(instagramAdapter);

/** Loads a fixture and runs replica.js on it, as the E2E pages do; returns its live log. */
export const startReplica = (name: InstagramFixture): unknown[] => pages.startReplica(name);

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
