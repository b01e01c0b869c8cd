// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.facebook.com/"}
import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../../src/sites/facebook';
import { find, loadFixture, post, type FacebookFixture } from './facebook-fixture';

const owner = (url: string) => facebookAdapter.profileOwner(new URL(url), document);
const markables = () =>
  [...document.querySelectorAll(facebookAdapter.markableSelector)].flatMap((element) => {
    const found = facebookAdapter.markable(element);
    return found === null ? [] : [found];
  });

describe('profileOwner', () => {
  it.each([
    ['page-listed', 'https://www.facebook.com/aniesbaswedan', 'aniesbaswedan'],
    ['page-listed', 'https://web.facebook.com/AniesBaswedan/', 'aniesbaswedan'],
    ['page-listed', 'https://m.facebook.com/aniesbaswedan/about?__tn__=x', 'aniesbaswedan'],
    ['profile-numeric', 'https://www.facebook.com/profile.php?id=100044123456789', '100044123456789'],
    ['profile-numeric', 'https://www.facebook.com/profile.php?id=100044123456789&sk=photos', '100044123456789'],
    ['profile-numeric', 'https://www.facebook.com/people/Ganjar-Pranowo/100044123456789/', '100044123456789'],
  ] as const)('%s at %s belongs to %s', (fixture, url, id) => {
    loadFixture(fixture as FacebookFixture);
    expect(owner(url)).toEqual({ platform: 'facebook', id });
  });

  it.each([
    'https://www.facebook.com/',
    'https://www.facebook.com/watch/?v=123',
    'https://www.facebook.com/groups/aniesbaswedan',
    'https://www.facebook.com/marketplace/',
    'https://www.facebook.com/photo.php?fbid=10160000000000001',
    'https://www.facebook.com/aniesbaswedan/posts/pfbid0Anies7',
    'https://www.facebook.com/profile.php',
    'https://x.com/aniesbaswedan',
  ])('%s is no profile page', (url) => {
    loadFixture('page-listed');
    expect(owner(url)).toBeNull();
  });

  it('needs the header’s tabs to link to the account in the URL', () => {
    loadFixture('page-listed');
    expect(owner('https://www.facebook.com/kompascom')).toBeNull();
    loadFixture('feed-en');
    expect(owner('https://www.facebook.com/aniesbaswedan')).toBeNull();
  });
});

describe('markable', () => {
  it.each(['feed-en', 'feed-id'] as const)('marks each post of %s once, after its author’s name', (fixture) => {
    loadFixture(fixture);
    const found = markables();
    expect(found.map((m) => [m.kind, m.account.id])).toEqual([
      ['post', 'aniesbaswedan'],
      ['post', 'kompascom'],
      ['post', '100012345678901'],
      ['post', 'prabowo'],
      ['post', '100044123456789'],
    ]);
    expect(found[0]!.anchor).toBe(find('h4', post('pfbid0Anies1')));
    expect(found[2]!.anchor).toBe(find('h4', post('pfbid0Budi3')));
  });

  it.each([
    ['page-listed', 'aniesbaswedan', false],
    ['profile-numeric', '100044123456789', true],
  ] as const)('marks the header of %s on its name heading, followed: %s, and its post', (fixture, id, followed) => {
    loadFixture(fixture);
    expect(markables()).toEqual([
      { account: { platform: 'facebook', id }, kind: 'profile', anchor: find('h1'), followed },
      { account: { platform: 'facebook', id }, kind: 'post', anchor: find('[aria-posinset] h4') },
    ]);
  });

  it('marks an article outside feeds as a post, and never its comments', () => {
    loadFixture('feed-en');
    const unit = post('pfbid0Kompas2');
    unit.removeAttribute('aria-posinset');
    unit.setAttribute('role', 'article');
    const found = markables().filter((m) => unit.contains(m.anchor));
    expect(found.map((m) => m.account.id)).toEqual(['kompascom']);
  });

  it('does not mark a header that names another account than the URL', () => {
    loadFixture('page-listed', 'https://www.facebook.com/kompascom');
    expect(markables().map((m) => m.kind)).toEqual(['post']);
  });
});
