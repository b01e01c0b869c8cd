// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.tiktok.com/foryou"}
import { describe, expect, it } from 'vitest';
import { ANIES, ANIES_LIKED, KOMPAS, feedItem, find, footerEditor, hooked, replyEditor, startReplica } from './tiktok-fixture';

/** The replica is what the E2E suite clicks through; these tests pin its log contract. */
const mouse = (type: string) => new MouseEvent(type, { bubbles: true, cancelable: true });

describe('replica.js', () => {
  it('likes and unlikes on untrusted clicks; a double-click on the video likes, never unlikes', () => {
    const log = startReplica('foryou-en');
    const like = hooked('like-icon', feedItem(ANIES));
    like.click();
    like.click();
    find('.css-1fd-DivVideoOverlay', feedItem(KOMPAS)).dispatchEvent(mouse('dblclick'));
    find('.css-1fd-DivVideoOverlay', feedItem(ANIES_LIKED)).dispatchEvent(mouse('dblclick'));
    expect(log).toEqual([
      { action: 'like', account: 'aniesbaswedan', video: ANIES, via: 'click' },
      { action: 'unlike', account: 'aniesbaswedan', video: ANIES, via: 'click' },
      { action: 'like', account: 'kompascom', video: KOMPAS, via: 'dblclick' },
    ]);
    expect(hooked('like-icon', feedItem(KOMPAS)).getAttribute('aria-pressed')).toBe('true');
  });

  it('follows from the "+" (which then goes away) and from a profile header, in Indonesian too', () => {
    const log = startReplica('foryou-id');
    hooked('feed-follow', feedItem(KOMPAS)).click();
    expect(feedItem(KOMPAS).querySelector('[data-e2e="feed-follow"]')).toBeNull();
    const profile = startReplica('profile-followed');
    hooked('follow-button').click();
    expect(hooked('follow-button').textContent).toBe('Follow');
    expect(log).toEqual([{ action: 'follow', account: 'kompascom', via: 'click' }]);
    expect(profile).toEqual([{ action: 'unfollow', account: 'prabowo', via: 'click' }]);
  });

  it('opens the share panel, whose Repost reposts and then reads Remove repost', () => {
    const log = startReplica('foryou-en');
    hooked('share-icon', feedItem(ANIES)).click();
    const repost = hooked('video-share-repost', feedItem(ANIES));
    repost.click();
    expect(repost.textContent).toBe('Remove repost');
    repost.click();
    expect(log.map((entry) => entry['action'])).toEqual(['share-panel', 'repost', 'unrepost']);
    expect(log[0]).toEqual({ action: 'share-panel', account: 'aniesbaswedan', video: ANIES, via: 'click' });
  });

  it('posts the typed comment on Post or Enter, and a reply to the comment’s author', () => {
    const log = startReplica('video-listed');
    footerEditor().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    find<HTMLElement>('[data-e2e="comment-item"] [data-e2e="comment-post"]').click();
    expect(log).toEqual([
      { action: 'comment', account: 'aniesbaswedan', video: ANIES, text: 'Semangat terus, Pak!', via: 'enter' },
      { action: 'comment', account: 'kompascom', video: ANIES, text: 'Setuju, Kompas!', via: 'click' },
    ]);
    expect(footerEditor().textContent).toBe('');
    expect(replyEditor().textContent).toBe('');
  });
});
