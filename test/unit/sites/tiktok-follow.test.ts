// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.tiktok.com/foryou"}
import { describe, expect, it } from 'vitest';
import { ANIES, KOMPAS, click, expectAction, feedItem, find, hooked, loadFixture } from './tiktok-fixture';

describe.each(['foryou-en', 'foryou-id'] as const)('the "+" on a feed avatar in %s', (fixture) => {
  it.each([
    [ANIES, 'aniesbaswedan'],
    [KOMPAS, 'kompascom'],
  ])('on video %s follows its author @%s', (video, handle) => {
    loadFixture(fixture);
    const plus = hooked('feed-follow', feedItem(video));
    expectAction(click(plus), 'follow', handle, plus);
    expectAction(click(find('svg path', plus)), 'follow', handle, plus);
  });

  it('without words, follows on a page in any language', () => {
    loadFixture(fixture);
    document.documentElement.lang = 'vi';
    const plus = hooked('feed-follow', feedItem(KOMPAS));
    expectAction(click(plus), 'follow', 'kompascom', plus);
  });

  it('the avatar itself only opens the profile', () => {
    loadFixture(fixture);
    expect(click(find('a[data-e2e="video-author-avatar"] img', feedItem(ANIES)))).toBeNull();
  });
});

describe('the Follow button next to a video page’s author', () => {
  it('follows the video’s author', () => {
    loadFixture('video-listed');
    const follow = hooked('browse-follow');
    expectAction(click(follow), 'follow', 'aniesbaswedan', follow);
  });

  it.each(['Following', 'Mengikuti', 'Friends', 'Teman'])('reading %s, unfollows: no intent', (label) => {
    loadFixture('video-listed');
    hooked('browse-follow').textContent = label;
    expect(click(hooked('browse-follow'))).toBeNull();
  });
});

describe('the Follow button of a profile header', () => {
  it.each(['Follow', 'Ikuti', 'Follow back', 'Ikuti balik'])('reading %s follows the page’s owner', (label) => {
    loadFixture('profile-listed');
    const follow = hooked('follow-button');
    follow.textContent = label;
    expectAction(click(follow), 'follow', 'aniesbaswedan', follow);
  });

  it.each(['Following', 'Mengikuti', 'Friends', 'Teman', 'Requested'])('reading %s unfollows: no intent', (label) => {
    loadFixture('profile-listed');
    hooked('follow-button').textContent = label;
    expect(click(hooked('follow-button'))).toBeNull();
  });

  // No live capture shows a follow button outside TikTok's design system; replica.
  it.each(['Đang theo dõi', 'Theo dõi'])('reading %s on a page in a language the labels miss, claims nothing', (label) => {
    loadFixture('profile-listed');
    document.documentElement.lang = 'vi';
    hooked('follow-button').textContent = label;
    expect(click(hooked('follow-button'))).toBeNull();
  });

  it('on a followed profile, Following and Message are no guarded action', () => {
    loadFixture('profile-followed');
    expect(click(hooked('follow-button'))).toBeNull();
    expect(click(hooked('message-button'))).toBeNull();
  });

  it('follows nobody while the header still shows another profile', () => {
    loadFixture('profile-listed', 'https://www.tiktok.com/@kompascom');
    expect(click(hooked('follow-button'))).toBeNull();
  });

  it('a suggested account’s card under the header follows that account, not the page’s owner', () => {
    loadFixture('profile-listed');
    find('.css-3c6-DivShareLayoutHeader').insertAdjacentHTML(
      'afterend',
      '<div data-e2e="suggest-user-card"><a href="/@kompascom"><img alt=""><p>kompascom</p></a><button data-e2e="follow-button">Follow</button></div>',
    );
    const follow = find('[data-e2e="suggest-user-card"] button');
    expectAction(click(follow), 'follow', 'kompascom', follow);
  });

  it('the header’s counts, bio mention and video grid are no follow', () => {
    loadFixture('profile-listed');
    expect(click(find('[data-e2e="followers-count"]'))).toBeNull();
    expect(click(find('[data-e2e="user-bio"] a'))).toBeNull();
    expect(click(find('[data-e2e="user-post-item"] img'))).toBeNull();
  });
});
