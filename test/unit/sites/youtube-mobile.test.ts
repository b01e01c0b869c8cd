// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://m.youtube.com/"}
import { beforeEach, describe, expect, it } from 'vitest';
import { youtubeAdapter } from '../../../src/sites/youtube';
import { click, expectAction, find } from './youtube-fixture';
import {
  M_DISLIKE,
  M_HEADER_SUBSCRIBE,
  M_LIKE,
  M_SHARE,
  M_SUBSCRIBE,
  mComment,
  mobile,
} from './youtube-mobile-fixture';

/** m.youtube.com: the ytm-* watch page, channel page and Shorts player. */

const ANIES = '@aniesbaswedan';

describe('the mobile watch page', () => {
  beforeEach(() => mobile.loadFixture('m-watch-listed'));

  it('holds a like on the video, and on a comment for its author', () => {
    expectAction(click(find(M_LIKE)), 'like', ANIES, find(M_LIKE));
    const like = find(`${mComment('@prabowo')} ytm-toggle-button-renderer button`);
    expectAction(click(like), 'like', '@prabowo', like);
  });

  it('holds Subscribe in the owner row and Share in the action bar', () => {
    expectAction(click(find(M_SUBSCRIBE)), 'follow', ANIES, find(M_SUBSCRIBE));
    // A press lands on the label inside the button.
    expectAction(click(find(`${M_SHARE} div`)), 'share', ANIES, find(M_SHARE));
  });

  it('passes dislike, save, reply and the owner link', () => {
    expect(click(find(M_DISLIKE))).toBeNull();
    expect(click(find('.slim-video-action-bar-actions button[aria-label="Simpan ke playlist"]'))).toBeNull();
    expect(click(find(`${mComment('@prabowo')} .comment-action-buttons-reply button`))).toBeNull();
    expect(click(find('.slim-owner-icon-and-title'))).toBeNull();
  });

  it('never holds undoing: a pressed like, a subscribed owner', () => {
    find(M_LIKE).setAttribute('aria-pressed', 'true');
    expect(click(find(M_LIKE))).toBeNull();
    expect(click(find(`${mComment(ANIES)} ytm-toggle-button-renderer button`))).toBeNull();
    find('ytm-slim-owner-renderer ytm-subscribe-button-renderer').setAttribute('subscribed', '');
    expect(click(find(M_SUBSCRIBE))).toBeNull();
    find('ytm-slim-owner-renderer ytm-subscribe-button-renderer').removeAttribute('subscribed');
    find(`${M_SUBSCRIBE} div`).textContent = 'Disubscribe';
    expect(click(find(M_SUBSCRIBE))).toBeNull();
  });

  describe('staleness: the URL’s ?v= against the video the page renders', () => {
    it('names no owner when the player renders another video', () => {
      find('#player-container-id').setAttribute('data-video-id', 'kompasVideo1');
      expect(click(find(M_LIKE))).toBeNull();
      expect(click(find(M_SUBSCRIBE))).toBeNull();
      expect(youtubeAdapter.markable(find('ytm-slim-owner-renderer'))).toBeNull();
    });

    it('names no owner when the URL has moved on', () => {
      history.replaceState(null, '', '/watch?v=kompasVideo1');
      expect(click(find(M_LIKE))).toBeNull();
      history.replaceState(null, '', '/watch');
      expect(click(find(M_LIKE))).toBeNull();
    });

    it('names no owner when the canonical link disagrees with the player', () => {
      find('link[rel="canonical"]').setAttribute('href', 'https://www.youtube.com/watch?v=kompasVideo1');
      expect(click(find(M_LIKE))).toBeNull();
    });

    it('falls back to the canonical link alone, and to nothing without either', () => {
      find('#player-container-id').removeAttribute('data-video-id');
      expectAction(click(find(M_LIKE)), 'like', ANIES, find(M_LIKE));
      find('link[rel="canonical"]').remove();
      expect(click(find(M_LIKE))).toBeNull();
    });

    it('still names a comment’s author: the comment says who wrote it', () => {
      find('#player-container-id').setAttribute('data-video-id', 'kompasVideo1');
      const like = find(`${mComment('@prabowo')} ytm-toggle-button-renderer button`);
      expectAction(click(like), 'like', '@prabowo', like);
    });
  });

  it('marks the owner row after the channel name', () => {
    const row = find('ytm-slim-owner-renderer');
    expect(row.matches(youtubeAdapter.markableSelector)).toBe(true);
    expect(youtubeAdapter.markable(row)).toEqual({
      account: { platform: 'youtube', id: ANIES },
      kind: 'post',
      anchor: find('.slim-owner-channel-name'),
    });
  });

  it('is no profile page', () => {
    expect(youtubeAdapter.profileOwner(new URL(document.URL), document)).toBeNull();
  });
});

describe('the mobile channel page', () => {
  beforeEach(() => mobile.loadFixture('m-channel-listed'));
  const owner = (url: string) => youtubeAdapter.profileOwner(new URL(url), document);

  it('names the channel, confirmed by its header, on every tab', () => {
    for (const tab of ['', '/videos', '/shorts', '/featured']) {
      expect(owner(`https://m.youtube.com/@AniesBaswedan${tab}`)).toEqual({ platform: 'youtube', id: ANIES });
    }
    expect(owner('https://m.youtube.com/@prabowo')).toBeNull();
  });

  it('holds Subscribe in the header and passes it once subscribed', () => {
    expectAction(click(find(M_HEADER_SUBSCRIBE)), 'follow', ANIES, find(M_HEADER_SUBSCRIBE));
    find('yt-page-header-view-model ytm-subscribe-button-renderer').setAttribute('subscribed', '');
    expect(click(find(M_HEADER_SUBSCRIBE))).toBeNull();
  });

  it('holds nothing for a stale header (the URL names another channel)', () => {
    history.replaceState(null, '', '/@prabowo');
    expect(click(find(M_HEADER_SUBSCRIBE))).toBeNull();
    expect(youtubeAdapter.markable(find('yt-page-header-view-model'))).toBeNull();
  });

  it('marks the header’s name heading, with the subscribed state', () => {
    const header = find('yt-page-header-view-model');
    expect(youtubeAdapter.markable(header)).toEqual({
      account: { platform: 'youtube', id: ANIES },
      kind: 'profile',
      anchor: find('yt-page-header-view-model h1'),
      followed: false,
    });
    find('yt-page-header-view-model ytm-subscribe-button-renderer').setAttribute('subscribed', '');
    expect(youtubeAdapter.markable(header)?.followed).toBe(true);
  });

  it('accepts the older mobile C4 header', () => {
    find('yt-page-header-view-model').outerHTML =
      '<ytm-c4-tabbed-header-renderer><h1 class="c4-tabbed-header-title">Anies</h1><span class="c4-tabbed-header-channel-handle">@aniesbaswedan</span>' +
      '<ytm-subscribe-button-renderer><button>Subscribe</button></ytm-subscribe-button-renderer></ytm-c4-tabbed-header-renderer>';
    expect(owner('https://m.youtube.com/@aniesbaswedan')).toEqual({ platform: 'youtube', id: ANIES });
    const subscribe = find('ytm-c4-tabbed-header-renderer button');
    expectAction(click(subscribe), 'follow', ANIES, subscribe);
    expect(youtubeAdapter.markable(find('ytm-c4-tabbed-header-renderer'))?.anchor).toBe(find('h1'));
  });
});

describe('the mobile Shorts player', () => {
  beforeEach(() => mobile.loadFixture('m-shorts'));
  const LIKE = 'ytm-reel-player-overlay-renderer ytm-like-button-renderer button';
  const SHARE = '.reel-player-overlay-actions button[aria-label="Share"]';
  const SUBSCRIBE = 'ytm-reel-player-overlay-renderer ytm-subscribe-button-renderer button';

  it('holds like, share and subscribe for the Short’s channel, not a channel its title mentions', () => {
    expectAction(click(find(LIKE)), 'like', ANIES, find(LIKE));
    expectAction(click(find(SHARE)), 'share', ANIES, find(SHARE));
    expectAction(click(find(SUBSCRIBE)), 'follow', ANIES, find(SUBSCRIBE));
  });

  it('passes an unlike', () => {
    find(LIKE).setAttribute('aria-pressed', 'true');
    expect(click(find(LIKE))).toBeNull();
  });
});
