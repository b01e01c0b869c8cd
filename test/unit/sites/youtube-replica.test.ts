// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.youtube.com/"}
import { describe, expect, it } from 'vitest';
import { ACTIVE_REEL, COMMENT_SUBMIT, WATCH_LIKE, WATCH_SUBSCRIBE, button, comment, find, fixtureSource, loadFixture, type YouTubeFixture } from './youtube-fixture';
import { M_HEADER_SUBSCRIBE, M_LIKE, M_SHARE, M_SUBSCRIBE, mComment, mobile, type YouTubeMobileFixture, YOUTUBE_MOBILE_FIXTURES } from './youtube-mobile-fixture';

/**
 * The replica is what the E2E suite clicks through, on www. and (from
 * test/fixtures/youtube-mobile) m.youtube.com; these tests pin its log contract.
 */
function startReplica(fixture: YouTubeFixture | YouTubeMobileFixture): unknown[] {
  // This file's window is on www.youtube.com (history cannot change origin);
  // the replica reads only paths and queries, so a mobile page is loaded at its www. path.
  if (fixture in YOUTUBE_MOBILE_FIXTURES) {
    const url = YOUTUBE_MOBILE_FIXTURES[fixture as YouTubeMobileFixture];
    mobile.loadFixture(fixture as YouTubeMobileFixture, url.replace('//m.', '//www.'));
  } else loadFixture(fixture as YouTubeFixture);
  new Function(fixtureSource('replica.js'))();
  return (window as unknown as { __replicaLog: unknown[] }).__replicaLog;
}

/** Like, unlike, subscribe, share, and unlike the owner's own (liked) comment. */
function pressWatchControls(controls: HTMLElement[]): void {
  for (const control of controls) control.click();
}

const WATCH_LOG = [
  { action: 'like', account: '@aniesbaswedan', video: 'aniesVideo01', via: 'click' },
  { action: 'unlike', account: '@aniesbaswedan', video: 'aniesVideo01', via: 'click' },
  { action: 'subscribe', account: '@aniesbaswedan', via: 'click' },
  { action: 'share-panel', account: '@aniesbaswedan', video: 'aniesVideo01', via: 'click' },
  { action: 'unlike', account: '@aniesbaswedan', video: 'aniesVideo01', comment: 'UgxAnies001', via: 'click' },
];

describe('replica.js', () => {
  it('likes, unlikes, subscribes, shares and comments on the watch page', () => {
    const log = startReplica('watch-listed');
    pressWatchControls([
      button(WATCH_LIKE),
      button(WATCH_LIKE),
      button(WATCH_SUBSCRIBE),
      find('ytd-watch-metadata button[aria-label="Share"]'),
      button('#like-button', comment('@aniesbaswedan')),
    ]);
    find('ytd-comments-header-renderer #contenteditable-root').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }),
    );
    button('#submit-button', comment('@kompascom')).click();
    expect(log).toEqual([
      ...WATCH_LOG,
      { action: 'comment', account: '@aniesbaswedan', video: 'aniesVideo01', text: 'Semoga sukses, Pak!', via: 'keyboard' },
      { action: 'comment', account: '@kompascom', video: 'aniesVideo01', comment: 'UgxKompas01', text: 'Setuju, terima kasih', via: 'click' },
    ]);
    expect(find(`${WATCH_SUBSCRIBE} ytd-subscribe-button-renderer`).hasAttribute('subscribed')).toBe(true);
    expect(find(COMMENT_SUBMIT + ' button').hasAttribute('disabled')).toBe(true);
  });

  it('subscribes on channel pages, Shorts and search results, and unsubscribes', () => {
    const log = startReplica('channel-subscribed');
    button('yt-page-header-view-model yt-subscribe-button-view-model').click();
    const shorts = startReplica('shorts');
    button(`${ACTIVE_REEL} #like-button`).click();
    button(`${ACTIVE_REEL} #subscribe-button`).click();
    button(`${ACTIVE_REEL} #share-button`).click();
    const results = startReplica('results');
    button('ytd-channel-renderer #subscribe-button').click();
    expect([...log, ...shorts, ...results]).toEqual([
      { action: 'unsubscribe', account: '@prabowo', via: 'click' },
      { action: 'like', account: '@aniesbaswedan', video: 'aniesShort01', via: 'click' },
      { action: 'subscribe', account: '@aniesbaswedan', via: 'click' },
      { action: 'share-panel', account: '@aniesbaswedan', video: 'aniesShort01', via: 'click' },
      { action: 'subscribe', account: '@aniesbaswedan', via: 'click' },
    ]);
  });
});

describe('replica.js on the m.youtube.com pages', () => {
  it('likes, unlikes, subscribes and shares on the watch page, as the desktop replica logs them', () => {
    const log = startReplica('m-watch-listed');
    const controls = [M_LIKE, M_LIKE, M_SUBSCRIBE, M_SHARE, `${mComment('@aniesbaswedan')} ytm-toggle-button-renderer button`];
    pressWatchControls(controls.map((selector) => find(selector)));
    expect(log).toEqual(WATCH_LOG);
    expect(find('ytm-slim-owner-renderer ytm-subscribe-button-renderer').hasAttribute('subscribed')).toBe(true);
    expect(find(`${M_SUBSCRIBE} div`).textContent).toBe('Disubscribe');
  });

  it('subscribes on the channel page and acts on a Short', () => {
    const channel = startReplica('m-channel-listed');
    find(M_HEADER_SUBSCRIBE).click();
    const shorts = startReplica('m-shorts');
    find('ytm-like-button-renderer button').click();
    find('.reel-player-overlay-actions button[aria-label="Share"]').click();
    expect([...channel, ...shorts]).toEqual([
      { action: 'subscribe', account: '@aniesbaswedan', via: 'click' },
      { action: 'like', account: '@aniesbaswedan', video: 'aniesShort01', via: 'click' },
      { action: 'share-panel', account: '@aniesbaswedan', video: 'aniesShort01', via: 'click' },
    ]);
  });
});
