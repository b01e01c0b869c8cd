// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.threads.net/"}
import { describe, expect, it } from 'vitest';
import { threadsAdapter } from '../../../src/sites/threads';
import { find, loadFixture } from './threads-fixture';

function ownerAt(url: string): string | null {
  const owner = threadsAdapter.profileOwner(new URL(url), document);
  if (owner !== null) expect(owner.platform).toBe('threads');
  return owner?.id ?? null;
}

describe('profileOwner on the profile fixtures', () => {
  it.each([
    ['profile-aniesbaswedan', 'https://www.threads.net/@aniesbaswedan', 'aniesbaswedan'],
    ['profile-prabowo-followed', 'https://www.threads.net/@prabowo', 'prabowo'],
  ] as const)('%s is the profile of @%s', (fixture, url, handle) => {
    loadFixture(fixture);
    expect(ownerAt(url)).toBe(handle);
  });

  it.each([
    ['https://www.threads.net/@aniesbaswedan/replies'],
    ['https://www.threads.net/@aniesbaswedan/reposts'],
    ['https://www.threads.net/@aniesbaswedan/media'],
    ['https://www.threads.net/@aniesbaswedan/'],
    ['https://www.threads.net/@AniesBaswedan'],
    ['https://www.threads.net/@aniesbaswedan?hl=id'],
    ['https://threads.net/@aniesbaswedan'],
    ['https://www.threads.com/@aniesbaswedan'],
    ['https://threads.com/@aniesbaswedan/replies'],
  ])('%s is the profile of @aniesbaswedan', (url) => {
    loadFixture('profile-aniesbaswedan');
    expect(ownerAt(url)).toBe('aniesbaswedan');
  });

  it.each([
    ['https://www.threads.net/', 'the feed'],
    ['https://www.threads.net/search', 'reserved'],
    ['https://www.threads.net/search?q=aniesbaswedan', 'reserved'],
    ['https://www.threads.net/activity', 'reserved'],
    ['https://www.threads.net/settings', 'reserved'],
    ['https://www.threads.net/aniesbaswedan', 'profiles are /@name only'],
    ['https://www.threads.net/@aniesbaswedan/post/C1aniesPost', 'a post'],
    ['https://www.threads.net/@aniesbaswedan/followers/extra', 'not a profile tab'],
    ['https://www.threads.net/@anies', 'a different handle that prefixes the shown one'],
    ['https://www.threads.net/@kompascom', 'another account: the page has not caught up yet'],
    ['https://www.instagram.com/aniesbaswedan', 'another platform'],
  ])('%s is not a profile page (%s), even with a profile document', (url) => {
    loadFixture('profile-aniesbaswedan');
    expect(ownerAt(url)).toBeNull();
  });

  it.each([['feed-en'], ['feed-id'], ['post-reply']] as const)('%s has no owner', (fixture) => {
    loadFixture(fixture);
    expect(ownerAt('https://www.threads.net/')).toBeNull();
    expect(ownerAt('https://www.threads.net/@aniesbaswedan/post/C1aniesPost')).toBeNull();
  });
});

describe('profileOwner needs the page to confirm the URL', () => {
  it('by its title alone', () => {
    loadFixture('profile-aniesbaswedan');
    find('h1').remove();
    expect(document.title).toBe('Anies Baswedan (@aniesbaswedan) • Threads, Say more');
    expect(ownerAt('https://www.threads.net/@aniesbaswedan')).toBe('aniesbaswedan');
  });

  it('by its header alone (the title can lag behind navigation)', () => {
    loadFixture('profile-aniesbaswedan');
    document.title = 'Threads';
    expect(ownerAt('https://www.threads.net/@aniesbaswedan')).toBe('aniesbaswedan');
    find('h1 + div span').textContent = '@aniesbaswedan';
    expect(ownerAt('https://www.threads.net/@aniesbaswedan')).toBe('aniesbaswedan');
  });

  it('not by a handle that only starts the same, nor by a heading in a dialog', () => {
    loadFixture('profile-aniesbaswedan');
    const shownHandle = find('h1 + div span');
    shownHandle.textContent = 'aniesbaswedan_fans';
    document.title = 'Anies (@aniesbaswedan_fans) • Threads';
    expect(ownerAt('https://www.threads.net/@aniesbaswedan')).toBeNull();
    document.title = 'Threads';
    shownHandle.textContent = 'aniesbaswedan';
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.append(find('h1').parentElement!);
    document.body.prepend(dialog);
    expect(ownerAt('https://www.threads.net/@aniesbaswedan')).toBeNull();
  });

  it('a title ending the handle with punctuation still confirms', () => {
    loadFixture('profile-prabowo-followed');
    find('h1').remove();
    document.title = 'Followed by @prabowo.';
    expect(ownerAt('https://www.threads.net/@prabowo')).toBe('prabowo');
  });
});
