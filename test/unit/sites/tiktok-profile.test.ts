// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.tiktok.com/@aniesbaswedan"}
import { describe, expect, it } from 'vitest';
import { tiktokAdapter } from '../../../src/sites/tiktok';
import { ANIES, ANIES_LIKED, KOMPAS, feedItem, find, loadFixture, type TikTokFixture } from './tiktok-fixture';

const owner = (url: string) => tiktokAdapter.profileOwner(new URL(url), document);
const marked = () => [...document.querySelectorAll(tiktokAdapter.markableSelector)].map((element) => tiktokAdapter.markable(element));

describe('profileOwner', () => {
  it('is the account of a /@handle page whose header names it, in any case', () => {
    loadFixture('profile-listed');
    expect(owner('https://www.tiktok.com/@aniesbaswedan')).toEqual({ platform: 'tiktok', id: 'aniesbaswedan' });
    expect(owner('https://tiktok.com/@AniesBaswedan?lang=id-ID')).toEqual({ platform: 'tiktok', id: 'aniesbaswedan' });
  });

  it('accepts the display-name line carrying the handle when the h1 does not', () => {
    loadFixture('profile-listed');
    find('[data-e2e="user-title"]').textContent = 'Anies Rasyid Baswedan';
    find('[data-e2e="user-subtitle"]').textContent = '@aniesbaswedan';
    expect(owner('https://www.tiktok.com/@aniesbaswedan')).toEqual({ platform: 'tiktok', id: 'aniesbaswedan' });
  });

  it('is null while the header still shows another profile', () => {
    loadFixture('profile-listed');
    expect(owner('https://www.tiktok.com/@kompascom')).toBeNull();
  });

  it.each([
    '/foryou',
    '/explore',
    '/following',
    '/live',
    '/tag/pemilu2024',
    '/music/suara-asli-7300000000000000001',
    '/search?q=anies',
    '/@aniesbaswedan/video/7300000000000000001',
    '/@aniesbaswedan/live',
  ])('is null on %s', (path) => {
    loadFixture('profile-listed');
    expect(owner(`https://www.tiktok.com${path}`)).toBeNull();
  });

  it('is null on another site', () => {
    loadFixture('profile-listed');
    expect(owner('https://www.instagram.com/aniesbaswedan/')).toBeNull();
  });
});

describe('markable', () => {
  it('marks each feed video by its author, on the handle’s line under the video', () => {
    loadFixture('foryou-en');
    const found = marked();
    expect(found.map((mark) => mark && { id: mark.account.id, kind: mark.kind })).toEqual([
      { id: 'aniesbaswedan', kind: 'post' },
      { id: 'kompascom', kind: 'post' },
      { id: 'aniesbaswedan', kind: 'post' },
      { id: 'relawan.amin', kind: 'post' },
    ]);
    for (const [index, video] of [ANIES, KOMPAS, ANIES_LIKED].entries()) {
      expect(found[index]?.anchor).toBe(find('[data-e2e="video-author-uniqueid"]', feedItem(video)).closest('a')!.parentElement);
    }
  });

  it('marks a video page’s author row, and not while it shows another author', () => {
    loadFixture('video-listed');
    expect(marked()).toEqual([
      { account: { platform: 'tiktok', id: 'aniesbaswedan' }, kind: 'post', anchor: find('.css-2b5-DivInfoContainer') },
    ]);
    loadFixture('video-listed', 'https://www.tiktok.com/@kompascom/video/7300000000000000002');
    expect(marked()).toEqual([null]);
  });

  it.each([
    ['profile-listed', 'aniesbaswedan', false],
    ['profile-followed', 'prabowo', true],
  ] as [TikTokFixture, string, boolean][])('marks the %s header heading, followed: %s, and each grid video as its post', (fixture, id, followed) => {
    loadFixture(fixture);
    const account = { platform: 'tiktok', id };
    const tiles = [...document.querySelectorAll('[data-e2e="user-post-item"]')];
    expect(tiles).toHaveLength(3);
    expect(marked()).toEqual([
      { account, kind: 'profile', anchor: find('h1[data-e2e="user-title"]'), followed },
      ...tiles.map((tile) => ({ account, kind: 'post', anchor: tile })),
    ]);
  });

  it('reads an Indonesian followed header', () => {
    loadFixture('profile-followed');
    find('[data-e2e="follow-button"]').textContent = 'Mengikuti';
    expect(marked()[0]?.followed).toBe(true);
  });

  it('marks no profile while the header shows another one; the grid videos still say whose they are', () => {
    loadFixture('profile-listed', 'https://www.tiktok.com/@kompascom');
    expect(marked().map((mark) => mark && `${mark.kind} ${mark.account.id}`)).toEqual([
      null,
      'post aniesbaswedan',
      'post aniesbaswedan',
      'post aniesbaswedan',
    ]);
  });
});
