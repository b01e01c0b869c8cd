import { threadsAdapter } from '../../../src/sites/threads';
import { adapterEvents, find, sitePages } from './site-fixture';

export { find };

/** The saved Threads pages, and the URL each one is served as (unit and E2E tests alike). */
export const THREADS_FIXTURES = {
  'feed-en': 'https://www.threads.net/',
  'feed-id': 'https://www.threads.net/?hl=id',
  'profile-aniesbaswedan': 'https://www.threads.net/@aniesbaswedan',
  'profile-prabowo-followed': 'https://www.threads.net/@prabowo',
  'post-reply': 'https://www.threads.net/@aniesbaswedan/post/C1aniesPost',
  /** A replica: the reply dialog shows the post it answers without a post container. */
  'post-reply-unframed': 'https://www.threads.net/@aniesbaswedan/post/C1aniesPost?reply=unframed',
  /** A replica: a tag's search, with unlisted accounts' posts carrying it. */
  'search-tag': 'https://www.threads.net/search?q=AMINAjaDulu&serp_type=tags',
} as const;
export type ThreadsFixture = keyof typeof THREADS_FIXTURES;

const pages = sitePages('threads', THREADS_FIXTURES);
export const { fixtureSource, loadFixture, parseAll } = pages;
export const { click, press, expectAction } = adapterEvents(threadsAdapter);

/** One handler run of replica.js, as it logs it into window.__replicaLog. */
export interface ReplicaEntry {
  action: 'like' | 'unlike' | 'follow' | 'unfollow' | 'reply' | 'repost-menu' | 'unrepost' | 'post';
  account?: string;
  /** A new post's text, as typed. */
  text?: string;
  post?: string;
  via: 'click' | 'keyboard';
}

/** Loads a fixture (at another URL if given) and runs replica.js on it, as the E2E pages do; returns its live log. */
export const startReplica = (name: ThreadsFixture, url?: string): ReplicaEntry[] =>
  pages.startReplica<ReplicaEntry>(name, url);

const POST = 'div[data-pressable-container="true"]';

/** The outermost post that links to this post code (a quoted post is found as its quoting post). */
export function post(code: string, scope: ParentNode = document): HTMLElement {
  let outer = find(`a[href$="/post/${code}"]`, scope).closest<HTMLElement>(POST);
  for (let up = outer?.parentElement?.closest<HTMLElement>(POST); up; up = up.parentElement?.closest<HTMLElement>(POST)) {
    outer = up;
  }
  if (!outer) throw new Error(`post ${code} is in no container`);
  return outer;
}

/** A control in a post, by the aria-label of its icon ("Like", "Suka", "Follow"…). */
export function control(code: string, label: string): HTMLElement {
  return find(`svg[aria-label="${label}"]`, post(code)).closest<HTMLElement>('[role="button"]')!;
}

/** The button outside posts whose text is this label (a profile header's Follow, Following, Mention). */
export function textButton(label: string): HTMLElement {
  const buttons = [...document.querySelectorAll<HTMLElement>('[role="button"]')];
  const button = buttons.find((b) => b.textContent.trim() === label && b.closest(POST) === null);
  if (button === undefined) throw new Error(`fixture has no "${label}" button`);
  return button;
}
