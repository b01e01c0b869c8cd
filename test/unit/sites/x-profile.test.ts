// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://x.com/home"}
import { describe, expect, it } from 'vitest';
import { xAdapter } from '../../../src/sites/x';
import { X_FIXTURES, find, loadFixture, type XFixture } from './x-fixture';

function ownerAt(url: string): string | null {
  const owner = xAdapter.profileOwner(new URL(url), document);
  if (owner !== null) expect(owner.platform).toBe('x');
  return owner?.id ?? null;
}

describe('profileOwner on the profile fixtures', () => {
  it.each([
    ['profile-aniesbaswedan', 'aniesbaswedan'],
    ['profile-prabowo-followed', 'prabowo'],
    ['profile-kompascom', 'kompascom'],
  ] as const)('%s is the profile of @%s', (fixture: XFixture, handle) => {
    loadFixture(fixture);
    expect(ownerAt(X_FIXTURES[fixture])).toBe(handle);
  });

  it.each([
    ['https://x.com/aniesbaswedan/with_replies'],
    ['https://x.com/aniesbaswedan/media'],
    ['https://x.com/aniesbaswedan/likes'],
    ['https://x.com/aniesbaswedan/highlights'],
    ['https://x.com/aniesbaswedan/articles'],
    ['https://x.com/aniesbaswedan/affiliates'],
    ['https://x.com/aniesbaswedan/superfollows'],
    ['https://x.com/aniesbaswedan/'],
    ['https://x.com/AniesBaswedan'],
    ['https://x.com/aniesbaswedan?lang=id'],
    ['https://twitter.com/aniesbaswedan'],
    ['https://mobile.x.com/aniesbaswedan'],
  ])('%s is the profile of @aniesbaswedan', (url) => {
    loadFixture('profile-aniesbaswedan');
    expect(ownerAt(url)).toBe('aniesbaswedan');
  });

  it.each([
    ['https://x.com/home', 'reserved: the home timeline'],
    ['https://x.com/explore', 'reserved'],
    ['https://x.com/search?q=%40aniesbaswedan', 'reserved'],
    ['https://x.com/i/lists/123', 'reserved'],
    ['https://x.com/', 'the site root'],
    ['https://x.com/aniesbaswedan/status/1', 'a post'],
    ['https://x.com/aniesbaswedan/status/1790000000000000101/photo/1', 'a photo of a post'],
    ['https://x.com/aniesbaswedan/followers', 'a list of accounts, not the profile'],
    ['https://x.com/aniesbaswedan/media/extra', 'too deep'],
    ['https://x.com/anies', 'a different handle that prefixes the shown one'],
    ['https://x.com/kompascom', 'another account: the page has not caught up yet'],
    ['https://www.instagram.com/aniesbaswedan', 'another platform'],
  ])('%s is not a profile page (%s), even with a profile document', (url) => {
    loadFixture('profile-aniesbaswedan');
    expect(ownerAt(url)).toBeNull();
  });

  it.each([['home-en'], ['home-id']] as const)('the home page (%s) has no owner', (fixture) => {
    loadFixture(fixture);
    expect(ownerAt('https://x.com/home')).toBeNull();
    expect(ownerAt('https://x.com/explore')).toBeNull();
  });
});

describe('profileOwner needs the page to confirm the URL', () => {
  it('by its title alone', () => {
    loadFixture('profile-aniesbaswedan');
    find('[data-testid="UserName"]').remove();
    expect(document.title).toBe('Anies Baswedan (@aniesbaswedan) / X');
    expect(ownerAt('https://x.com/aniesbaswedan')).toBe('aniesbaswedan');
  });

  it('by its profile header alone (X shows a bare "X" title while loading)', () => {
    loadFixture('profile-aniesbaswedan');
    document.title = 'X';
    expect(ownerAt('https://x.com/aniesbaswedan')).toBe('aniesbaswedan');
  });

  it('a title with a notification count still confirms', () => {
    loadFixture('profile-kompascom');
    document.title = '(3) Kompas.com (@kompascom) / X';
    find('[data-testid="UserName"]').remove();
    expect(ownerAt('https://x.com/kompascom')).toBe('kompascom');
  });

  it('neither: a missing or suspended account, or a page still loading', () => {
    loadFixture('profile-aniesbaswedan');
    document.title = 'Profile / X';
    find('[data-testid="UserName"]').remove();
    expect(ownerAt('https://x.com/aniesbaswedan')).toBeNull();
  });

  it('a header naming another account does not confirm', () => {
    loadFixture('home-en');
    document.body.insertAdjacentHTML('beforeend', '<div data-testid="UserName"><span>@aniesbaswedan</span></div>');
    expect(ownerAt('https://x.com/prabowo')).toBeNull();
    expect(ownerAt('https://x.com/aniesbaswedan')).toBe('aniesbaswedan');
  });
});
