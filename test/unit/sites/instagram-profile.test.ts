// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.instagram.com/"}
import { describe, expect, it } from 'vitest';
import { instagramAdapter } from '../../../src/sites/instagram';
import { find, loadFixture, post, type InstagramFixture } from './instagram-fixture';

const owner = (url: string) => instagramAdapter.profileOwner(new URL(url), document);
const markables = () =>
  [...document.querySelectorAll(instagramAdapter.markableSelector)].flatMap((element) => {
    const found = instagramAdapter.markable(element);
    return found === null ? [] : [found];
  });

describe('profileOwner', () => {
  it.each([
    ['profile-aniesbaswedan', 'https://www.instagram.com/aniesbaswedan/', 'aniesbaswedan'],
    ['profile-aniesbaswedan', 'https://instagram.com/AniesBaswedan', 'aniesbaswedan'],
    ['profile-aniesbaswedan', 'https://www.instagram.com/aniesbaswedan/tagged/', 'aniesbaswedan'],
    ['profile-prabowo-followed', 'https://www.instagram.com/prabowo/', 'prabowo'],
  ] as const)('%s at %s belongs to @%s', (fixture, url, id) => {
    loadFixture(fixture as InstagramFixture);
    expect(owner(url)).toEqual({ platform: 'instagram', id });
  });

  it('is confirmed by the header when the title lags behind', () => {
    loadFixture('profile-aniesbaswedan');
    document.title = 'Instagram';
    expect(owner('https://www.instagram.com/aniesbaswedan/')).toEqual({ platform: 'instagram', id: 'aniesbaswedan' });
    find('header h2 span').textContent = 'kompascom';
    expect(owner('https://www.instagram.com/aniesbaswedan/')).toBeNull();
  });

  it.each([
    'https://www.instagram.com/',
    'https://www.instagram.com/explore/',
    'https://www.instagram.com/reels/',
    'https://www.instagram.com/direct/inbox/',
    'https://www.instagram.com/p/x/',
    'https://www.instagram.com/aniesbaswedan/p/C1aniesPost/',
    'https://www.instagram.com/accounts/edit/',
    'https://x.com/aniesbaswedan',
  ])('%s is no profile page', (url) => {
    loadFixture('profile-aniesbaswedan');
    expect(owner(url)).toBeNull();
  });

  it('a profile URL whose page names someone else (mid-navigation) has no owner', () => {
    loadFixture('profile-aniesbaswedan', 'https://www.instagram.com/kompascom/');
    expect(owner('https://www.instagram.com/kompascom/')).toBeNull();
  });
});

describe('markable', () => {
  it.each(['feed-en', 'feed-id'] as const)('marks each post of %s once, after its author’s name', (fixture) => {
    loadFixture(fixture);
    const found = markables();
    expect(found.map((m) => [m.kind, m.account.id])).toEqual([
      ['post', 'aniesbaswedan'],
      ['post', 'kompascom'],
      ['post', 'ganjar_pranowo'],
      ['post', 'relawan.amin'],
    ]);
    const anchor = found[0]!.anchor;
    expect(anchor.querySelector('a')?.textContent?.trim()).toBe('aniesbaswedan');
    expect(post('C1feedAnies1').contains(anchor)).toBe(true);
  });

  // Comments are their authors' content and are marked too, as on the live post page.
  it('marks a post page by its header, and each comment on its author row', () => {
    loadFixture('post-page');
    const found = markables();
    expect(found.map((m) => [m.kind, m.account.id])).toEqual([
      ['post', 'aniesbaswedan'],
      ['post', 'kompascom'],
      ['post', 'ganjar_pranowo'],
      ['post', 'detikcom'],
    ]);
    expect(found[0]!.anchor.closest('header')).not.toBeNull();
    for (const comment of found.slice(1)) {
      expect(comment.anchor.closest('li')?.querySelector(`a[href="/${comment.account.id}/"]`)).not.toBeNull();
    }
  });

  it.each([
    ['profile-aniesbaswedan', 'aniesbaswedan', false],
    ['profile-prabowo-followed', 'prabowo', true],
  ] as const)('marks the header of %s, the name heading, followed: %s', (fixture, id, followed) => {
    loadFixture(fixture);
    expect(markables()).toEqual([
      { account: { platform: 'instagram', id }, kind: 'profile', anchor: find('header h2'), followed },
    ]);
  });

  it('does not mark a header that names another account than the URL', () => {
    loadFixture('profile-aniesbaswedan', 'https://www.instagram.com/kompascom/');
    expect(markables()).toEqual([]);
  });
});
