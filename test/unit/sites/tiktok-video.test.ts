// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.tiktok.com/foryou"}
import { describe, expect, it } from 'vitest';
import { tiktokAdapter } from '../../../src/sites/tiktok';
import { ANIES, KOMPAS, click, expectAction, feedItem, find, hooked, loadFixture } from './tiktok-fixture';

/**
 * No live capture shows a For You feed or a video page (shared/live-dom has
 * only two profiles), so these are replica pages changed into the shapes
 * TikTok could equally serve: the adapter must read each from more than one
 * signal, and answer nothing rather than guess.
 */
const marked = () =>
  [...document.querySelectorAll(tiktokAdapter.markableSelector)].map((element) => {
    const mark = tiktokAdapter.markable(element);
    return mark && `${mark.kind} ${mark.account.id}`;
  });

describe('a feed whose items lost their hook (replica)', () => {
  const unhooked = () => {
    loadFixture('foryou-en');
    const items = [feedItem(ANIES), feedItem(KOMPAS)];
    for (const item of document.querySelectorAll('[data-e2e="recommend-list-item-container"]')) item.removeAttribute('data-e2e');
    return items;
  };

  it('each like, share and "+" still acts for the author its own video names', () => {
    const [anies, kompas] = unhooked();
    for (const [item, handle] of [
      [anies!, 'aniesbaswedan'],
      [kompas!, 'kompascom'],
    ] as const) {
      for (const hook of ['like-icon', 'share-icon', 'feed-follow']) {
        const control = hooked(hook, item);
        expectAction(click(control), hook === 'like-icon' ? 'like' : hook === 'share-icon' ? 'share' : 'follow', handle, control);
      }
    }
  });

  it('a control beside no author name claims nobody, though the list around it names several', () => {
    const [anies] = unhooked();
    find('[data-e2e="video-author-avatar"]', anies).remove();
    find('[data-e2e="video-author-uniqueid"]', anies).remove();
    expect(click(hooked('like-icon', anies))).toBeNull();
    expect(click(hooked('share-icon', anies))).toBeNull();
  });
});

describe('a feed video whose names disagree (replica)', () => {
  it('an avatar naming one account and a handle line another: no like, share or follow is claimed, and no marker', () => {
    loadFixture('foryou-en');
    const item = feedItem(ANIES);
    find('a[data-e2e="video-author-avatar"]', item).setAttribute('href', '/@kompascom');
    for (const hook of ['like-icon', 'share-icon', 'feed-follow']) expect(click(hooked(hook, item))).toBeNull();
    expect(marked()).toEqual([null, 'post kompascom', 'post aniesbaswedan', 'post relawan.amin']);
  });

  it('links written as absolute URLs name the same authors', () => {
    loadFixture('foryou-en');
    const item = feedItem(KOMPAS);
    for (const link of item.querySelectorAll('a[href="/@kompascom"]')) link.setAttribute('href', 'https://www.tiktok.com/@kompascom');
    const like = hooked('like-icon', item);
    expectAction(click(like), 'like', 'kompascom', like);
  });
});

describe('a video page (replica)', () => {
  it('without any author row, share and follow still act for the author the URL names', () => {
    loadFixture('video-listed');
    find('.css-2b5-DivInfoContainer').replaceChildren(find('[data-e2e="browse-follow"]'));
    const share = hooked('browse-share-icon');
    expectAction(click(share), 'share', 'aniesbaswedan', share);
    const follow = hooked('browse-follow');
    expectAction(click(follow), 'follow', 'aniesbaswedan', follow);
  });

  it('a follow button of unknown kind where the author row was never follows a mention or a commenter', () => {
    loadFixture('video-listed');
    const follow = find('[data-e2e="browse-follow"]');
    follow.setAttribute('data-e2e', 'follow-button');
    find('.css-2b5-DivInfoContainer').replaceChildren(follow);
    expect(find('[data-e2e="browse-video-desc"] a[href="/@kompascom"]')).toBeTruthy();
    expect(find('[data-e2e="comment-avatar-1"]').getAttribute('href')).toBe('/@kompascom');
    expect(click(follow)).toBeNull();
  });

  it('while the author row still shows the previous video’s author, no share is claimed', () => {
    loadFixture('video-listed', 'https://www.tiktok.com/@kompascom/video/7300000000000000002');
    expect(click(hooked('browse-share-icon'))).toBeNull();
  });
});

describe('a profile grid (replica)', () => {
  it('a tile on the Reposts or Liked tab is by whoever its video link names, not the profile’s owner', () => {
    loadFixture('profile-listed');
    const [, second, third] = document.querySelectorAll('[data-e2e="user-post-item"] a');
    second!.setAttribute('href', 'https://www.tiktok.com/@kompascom/video/7300000000000000099');
    third!.setAttribute('href', '/@prabowo/photo/7300000000000000098');
    expect(marked()).toEqual(['profile aniesbaswedan', 'post aniesbaswedan', 'post kompascom', 'post prabowo']);
  });

  it('a tile linking no video (still loading) is not marked', () => {
    loadFixture('profile-listed');
    for (const link of document.querySelectorAll('[data-e2e="user-post-item"] a')) link.removeAttribute('href');
    expect(marked()).toEqual(['profile aniesbaswedan', null, null, null]);
  });
});
