import { xAdapter } from '../../../src/sites/x';
import { adapterEvents, find, sitePages } from './site-fixture';

export { find };

/** The saved X pages, and the URL each one is served as (unit and E2E tests alike). */
export const X_FIXTURES = {
  'home-en': 'https://x.com/home',
  'home-id': 'https://x.com/home',
  'profile-aniesbaswedan': 'https://x.com/aniesbaswedan',
  'profile-prabowo-followed': 'https://x.com/prabowo',
  'profile-kompascom': 'https://x.com/kompascom',
  'status-aniesbaswedan': 'https://x.com/aniesbaswedan/status/1790000000000000001',
  'reply-modal': 'https://x.com/compose/post',
  'hashtag-en': 'https://x.com/hashtag/AMINAjaDulu',
} as const;
export type XFixture = keyof typeof X_FIXTURES;

const pages = sitePages('x', X_FIXTURES);
export const { fixtureSource, loadFixture, parseAll } = pages;
export const { click, press, expectAction } = adapterEvents(xAdapter);

/** One handler run of replica.js, as it logs it into window.__replicaLog. */
export interface ReplicaEntry {
  action: string;
  account?: string;
  tweet?: string;
  /** A published post's text, as typed. */
  text?: string;
  via: 'click' | 'keyboard';
}

/** Loads a fixture and runs replica.js on it, as the E2E pages do; returns its live log. */
export const startReplica = (name: XFixture): ReplicaEntry[] => pages.startReplica<ReplicaEntry>(name);

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
