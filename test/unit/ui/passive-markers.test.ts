// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PassiveMarkers } from '../../../src/ui/markers/passive-markers';
import type { SiteAdapter } from '../../../src/sites/adapter';
import type { FinalVerdict, Verdict } from '../../../src/guard/guard';
import type { ListedAccount } from '../../../src/lists/listed-account';

const LISTED: ListedAccount = { key: 'x:aniesbaswedan', name: 'Anies', listId: 'l', listTitle: 'Pemilu 2024', entryIndex: 0 };

/** Posts are <article data-author>, a profile header is <header data-owner>. */
const adapter: SiteAdapter = {
  platform: 'x',
  events: [],
  detect: () => null,
  profileOwner: () => null,
  markableSelector: 'article[data-author], header[data-owner]',
  // Profile headers only count on /profile/… pages, as X's do on profile pages.
  markableSelectorAt: (url) => (url.pathname.startsWith('/profile/') ? 'article[data-author], header[data-owner]' : 'article[data-author]'),
  markable(element) {
    const el = element as HTMLElement;
    if (el.dataset.owner) {
      return { kind: 'profile', account: { platform: 'x', id: el.dataset.owner }, anchor: el.querySelector('h1')!, followed: el.dataset.followed === 'true' };
    }
    const anchor = el.querySelector<HTMLElement>('.name');
    if (!anchor) return null;
    const account = { platform: 'x', id: el.dataset.author! } as const;
    return el.dataset.alternate ? { kind: 'post', account, alternates: [{ platform: 'x', id: el.dataset.alternate }], anchor } : { kind: 'post', account, anchor };
  },
};

let listed = new Set(['aniesbaswedan']);
/** Accounts the tab's filter cannot rule out until the background confirms them. */
let undecided = new Set<string>();
const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
const verdict = (account: { id: string }): Verdict =>
  listed.has(account.id)
    ? { kind: 'listed', listed: { ...LISTED, key: `x:${account.id}`, name: account.id === 'evil' ? HOSTILE_NAME : LISTED.name } }
    : { kind: 'unlisted' };

let controller: AbortController;
let markers: PassiveMarkers;

const post = (author: string) => `<article data-author="${author}"><div class="name">${author}</div><p>text</p></article>`;
const labels = () =>
  [...document.querySelectorAll('jaga-netral-marker')].map((host) => host.shadowRoot!.querySelector('[data-marker="listed"]')!);

beforeEach(() => {
  listed = new Set(['aniesbaswedan']);
  undecided = new Set();
  document.body.innerHTML = `<main id="feed">${post('aniesbaswedan')}${post('kompascom')}</main>`;
  controller = new AbortController();
  markers = new PassiveMarkers({
    adapter,
    verdict: (account) => (undecided.has(account.id) ? { kind: 'undecided' } : verdict(account)),
    confirm: async (account) => verdict(account) as FinalVerdict,
    lang: () => 'id',
    root: document,
    signal: controller.signal,
  });
});
afterEach(() => controller.abort());

/** The observer's callbacks and any confirmation from the background have run. */
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('passive markers', () => {
  it('labels posts by listed accounts, and only those, inside their name row', async () => {
    markers.start();
    await flush();
    expect(labels().map((l) => l.getAttribute('data-account'))).toEqual(['x:aniesbaswedan']);
    const host = document.querySelector('jaga-netral-marker')!;
    expect(host.parentElement?.className).toBe('name');
    expect(labels()[0]?.textContent).toBe('Peserta pemilu');
  });

  it('labels posts that arrive later, as a feed scrolls', async () => {
    markers.start();
    await flush();
    document.getElementById('feed')!.insertAdjacentHTML('beforeend', post('aniesbaswedan') + post('detikcom'));
    await flush();
    expect(labels()).toHaveLength(2);
  });

  it('labels a post added by a task before that task ends, so it is painted with its label', async () => {
    markers.start();
    document.getElementById('feed')!.insertAdjacentHTML('beforeend', post('aniesbaswedan'));
    await Promise.resolve();
    expect(labels()).toHaveLength(2);
  });

  it('labels a post once the background confirms an account the filter could not rule out', async () => {
    undecided = new Set(['aniesbaswedan', 'kompascom']);
    markers.start();
    await flush();
    await flush();
    expect(labels().map((l) => l.getAttribute('data-account'))).toEqual(['x:aniesbaswedan']);
  });

  it("labels a post under whichever of its author's ids is listed, and names that one", async () => {
    listed = new Set(['aniesbaswedan', 'ucganjar']);
    undecided = new Set(['ganjarpranowo', 'ucganjar']);
    document.getElementById('feed')!.insertAdjacentHTML(
      'beforeend',
      '<article data-author="ganjarpranowo" data-alternate="ucganjar"><div class="name">Ganjar</div></article>' +
        '<article data-author="ganjarpranowo"><div class="name">Ganjar</div></article>',
    );
    markers.start();
    await flush();
    await flush();
    expect(labels().map((l) => l.getAttribute('data-account'))).toEqual(['x:aniesbaswedan', 'x:ucganjar']);
  });

  it('labels a post whose author row arrives after the post, as when a page is still being parsed', async () => {
    markers.start();
    await flush();
    const feed = document.getElementById('feed')!;
    feed.insertAdjacentHTML('beforeend', '<article data-author="aniesbaswedan" id="late"></article>');
    await flush();
    document.getElementById('late')!.insertAdjacentHTML('afterbegin', '<div class="name">aniesbaswedan</div>');
    await flush();
    expect(document.querySelector('#late jaga-netral-marker')).not.toBeNull();
  });

  it('labels every listed post of a large insertion once, nested nodes and all', async () => {
    markers.start();
    await flush();
    const feed = document.getElementById('feed')!;
    const cell = document.createElement('section');
    feed.append(cell);
    cell.innerHTML = Array.from({ length: 50 }, (_, i) => post(i % 5 === 0 ? 'aniesbaswedan' : `reader${i}`)).join('');
    for (const name of cell.querySelectorAll('.name')) name.append(document.createElement('b'));
    await flush();
    expect(cell.querySelectorAll('jaga-netral-marker')).toHaveLength(10);
  });

  it('never labels the same post twice', async () => {
    markers.start();
    await flush();
    const article = document.querySelector('article')!;
    article.append(document.createElement('span'));
    await flush();
    markers.refresh();
    await flush();
    expect(labels()).toHaveLength(1);
  });

  it('follows list changes: a newly listed account gets a label, a removed one loses it', async () => {
    markers.start();
    await flush();
    listed = new Set(['kompascom']);
    markers.refresh();
    await flush();
    expect(labels().map((l) => l.getAttribute('data-account'))).toEqual(['x:kompascom']);
  });

  it('adds the pact note on the profile of a listed account the user follows', async () => {
    history.replaceState(null, '', '/profile/aniesbaswedan');
    document.body.insertAdjacentHTML('afterbegin', '<header data-owner="aniesbaswedan" data-followed="true"><h1>Anies</h1></header>');
    markers.start();
    await flush();
    const profile = document.querySelector('header jaga-netral-marker')!.shadowRoot!;
    expect(profile.querySelector('[data-marker="listed"]')?.getAttribute('data-followed')).toBe('true');
    expect(profile.textContent).toContain('Pakta integritas');
  });

  it('searches for what the current URL can show, after the page navigates in place', async () => {
    history.replaceState(null, '', '/home');
    document.body.insertAdjacentHTML('afterbegin', '<header data-owner="aniesbaswedan" id="stale"><h1>Anies</h1></header>');
    markers.start();
    await flush();
    expect(document.querySelector('#stale jaga-netral-marker')).toBeNull();
    history.pushState(null, '', '/profile/aniesbaswedan');
    document.body.insertAdjacentHTML('afterbegin', '<header data-owner="aniesbaswedan" id="fresh"><h1>Anies</h1></header>');
    await flush();
    expect(document.querySelector('#fresh jaga-netral-marker')).not.toBeNull();
  });

  it('removes every label when switched off and stops watching', async () => {
    markers.start();
    await flush();
    markers.stop();
    expect(labels()).toHaveLength(0);
    document.getElementById('feed')!.insertAdjacentHTML('beforeend', post('aniesbaswedan'));
    await flush();
    expect(labels()).toHaveLength(0);
  });

  it('renders names as text in its tooltip', async () => {
    listed = new Set(['evil']);
    document.getElementById('feed')!.innerHTML = post('evil');
    markers.start();
    await flush();
    expect(labels()[0]?.getAttribute('title')).toContain(HOSTILE_NAME);
    expect(document.querySelector('jaga-netral-marker')!.shadowRoot!.querySelector('img, script')).toBeNull();
  });
});
