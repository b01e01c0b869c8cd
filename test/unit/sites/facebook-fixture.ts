import { facebookAdapter } from '../../../src/sites/facebook';
import { adapterEvents, find, sitePages } from './site-fixture';

export { find };

/** The saved Facebook pages, and the URL each one is served as (unit and E2E tests alike). */
export const FACEBOOK_FIXTURES = {
  'feed-en': 'https://www.facebook.com/',
  'feed-id': 'https://www.facebook.com/?locale=id_ID',
  'page-listed': 'https://www.facebook.com/aniesbaswedan',
  'profile-numeric': 'https://www.facebook.com/profile.php?id=100044123456789',
  /** A replica: a hashtag's page, with unlisted accounts' posts carrying it. */
  'hashtag-en': 'https://www.facebook.com/hashtag/aminajadulu',
} as const;
export type FacebookFixture = keyof typeof FACEBOOK_FIXTURES;

const pages = sitePages('facebook', FACEBOOK_FIXTURES);
export const { fixtureSource, loadFixture, parseAll } = pages;
export const { click, press, expectAction } = adapterEvents(facebookAdapter);

/** One handler run of replica.js, as it logs it into window.__replicaLog. */
export interface ReplicaEntry {
  action: 'like' | 'unlike' | 'follow' | 'unfollow' | 'comment' | 'share-menu' | 'post';
  account?: string;
  post?: string;
  comment?: string;
  reaction?: string;
  text?: string;
  via: 'click' | 'enter' | 'send' | 'keyboard';
}

export const startReplica = (name: FacebookFixture, url?: string): ReplicaEntry[] =>
  pages.startReplica<ReplicaEntry>(name, url);

/** The feed unit whose header links to this post id. */
export function post(id: string): HTMLElement {
  return find(`[aria-posinset]:has(a[href*="/posts/${id}?"])`);
}

/** A control by its aria-label (or, for comment buttons, its text), within `scope`. */
export function control(scope: ParentNode, label: string): HTMLElement {
  for (const candidate of scope.querySelectorAll<HTMLElement>('[role="button"]')) {
    if ((candidate.getAttribute('aria-label') ?? candidate.textContent.trim()) === label) return candidate;
  }
  throw new Error(`no control labelled "${label}"`);
}

/** The comment by this account (its author link's path) within a post. */
export function commentBy(scope: ParentNode, account: string): HTMLElement {
  return find<HTMLElement>(`[role="article"]:has(a[href*="facebook.com/${account}?comment_id="])`, scope);
}
