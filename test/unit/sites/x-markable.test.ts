// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://x.com/home"}
import { describe, expect, it } from 'vitest';
import type { Markable } from '../../../src/sites/adapter';
import { xAdapter } from '../../../src/sites/x';
import { find, loadFixture, tweet, X_FIXTURES, type XFixture } from './x-fixture';

function markables(): (Markable | null)[] {
  return [...document.querySelectorAll(xAdapter.markableSelector)].map((element) => xAdapter.markable(element));
}

function marked(element: Element): { account: string; kind: Markable['kind'] } | null {
  const found = xAdapter.markable(element);
  return found && { account: found.account.id, kind: found.kind };
}

describe.each([
  ['home-en', ['aniesbaswedan', 'kompascom', 'prabowo', 'kompascom', 'ganjarpranowo', 'aniesbaswedan']],
  ['home-id', ['aniesbaswedan', 'kompascom', 'prabowo', 'kompascom', 'ganjarpranowo', 'aniesbaswedan']],
  ['status-aniesbaswedan', ['aniesbaswedan', 'kompascom', 'detikcom']],
  ['reply-modal', ['aniesbaswedan', 'kompascom', 'prabowo', 'kompascom', 'ganjarpranowo', 'aniesbaswedan', 'prabowo']],
] as [XFixture, string[]][])('posts on %s', (fixture, authors) => {
  it('are each marked once, with the author likes count, never a quoted one', () => {
    loadFixture(fixture);
    expect(markables().map((found) => found?.account.id)).toEqual(authors);
    expect(markables().every((found) => found?.kind === 'post')).toBe(true);
  });

  it('carry the marker in the author’s name row, outside any quote', () => {
    loadFixture(fixture);
    for (const post of document.querySelectorAll(xAdapter.markableSelector)) {
      const anchor = xAdapter.markable(post)!.anchor;
      const nameBlock = post.querySelector('[data-testid="User-Name"]')!;
      expect(anchor.parentElement).toBe(nameBlock);
      expect(anchor.querySelector('a[href]')?.getAttribute('href')?.toLowerCase()).toBe(`/${xAdapter.markable(post)!.account.id}`);
      expect(anchor.closest('div[role="link"]')).toBeNull();
    }
  });
});

describe('a repost and a quote', () => {
  it('mark the original author and the quoting author', () => {
    loadFixture('home-en');
    expect(marked(tweet('1790000000000000003'))).toEqual({ account: 'prabowo', kind: 'post' });
    expect(marked(tweet('1790000000000000004'))).toEqual({ account: 'kompascom', kind: 'post' });
    expect(tweet('1790000000000000004').querySelector(`div[role="link"] :is(${xAdapter.markableSelector})`)).toBeNull();
  });
});

describe('a profile header', () => {
  it.each([
    ['profile-aniesbaswedan', 'aniesbaswedan', false, 'Anies Baswedan'],
    ['profile-prabowo-followed', 'prabowo', true, 'Prabowo Subianto'],
    ['profile-kompascom', 'kompascom', false, 'Kompas.com'],
  ] as const)('on %s is @%s’s profile (followed: %s), marked in its name row', (fixture, handle, followed, name) => {
    loadFixture(fixture);
    const found = xAdapter.markable(find('[data-testid="UserName"]'));
    expect(found).toMatchObject({ account: { platform: 'x', id: handle }, kind: 'profile', followed });
    expect(found?.anchor.textContent).toContain(name);
    expect(found?.anchor.textContent).not.toContain(`@${handle}`);
  });

  it('is not marked while the URL already names another page (X has not re-rendered yet)', () => {
    loadFixture('profile-aniesbaswedan', 'https://x.com/prabowo');
    expect(xAdapter.markable(find('[data-testid="UserName"]'))).toBeNull();
    loadFixture('profile-aniesbaswedan', 'https://x.com/home');
    expect(xAdapter.markable(find('[data-testid="UserName"]'))).toBeNull();
  });

  it('is not marked when the title names the owner but the header still shows someone else', () => {
    loadFixture('profile-aniesbaswedan', 'https://x.com/prabowo');
    document.title = 'Prabowo Subianto (@prabowo) / X';
    expect(xAdapter.markable(find('[data-testid="UserName"]'))).toBeNull();
  });
});

describe('what the markers search for at a URL', () => {
  const searched = (url: string) => new Set(document.querySelectorAll(xAdapter.markableSelectorAt!(new URL(url))));

  it.each(Object.entries(X_FIXTURES))('on %s finds every post and header that gets a marker', (fixture, url) => {
    loadFixture(fixture as XFixture);
    const markedElements = [...document.querySelectorAll(xAdapter.markableSelector)].filter((element) => xAdapter.markable(element) !== null);
    expect(markedElements.length).toBeGreaterThan(0);
    for (const element of markedElements) expect(searched(url).has(element)).toBe(true);
  });

  it.each(['https://x.com/aniesbaswedan', 'https://x.com/AniesBaswedan/media', 'https://twitter.com/prabowo/with_replies'])(
    'includes the profile header on the profile page %s',
    (url) => {
      loadFixture('profile-aniesbaswedan');
      expect(searched(url).has(find('[data-testid="UserName"]'))).toBe(true);
    },
  );

  it.each(['https://x.com/home', 'https://x.com/aniesbaswedan/status/1790000000000000001', 'https://x.com/compose/post', 'https://x.com/search?q=anies'])(
    'leaves out the header where no profile can be marked: %s',
    (url) => {
      loadFixture('profile-aniesbaswedan');
      expect(searched(url).has(find('[data-testid="UserName"]'))).toBe(false);
      expect(searched(url).size).toBeGreaterThan(0);
    },
  );
});
