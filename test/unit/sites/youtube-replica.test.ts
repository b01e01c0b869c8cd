// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.youtube.com/"}
import { describe, expect, it } from 'vitest';
import { ACTIVE_REEL, COMMENT_SUBMIT, WATCH_LIKE, WATCH_SUBSCRIBE, button, comment, find, fixtureSource, loadFixture, type YouTubeFixture } from './youtube-fixture';

/** The replica is what the E2E suite clicks through; these tests pin its log contract. */
function startReplica(fixture: YouTubeFixture): unknown[] {
  loadFixture(fixture);
  new Function(fixtureSource('replica.js'))();
  return (window as unknown as { __replicaLog: unknown[] }).__replicaLog;
}

describe('replica.js', () => {
  it('likes, unlikes, subscribes, shares and comments on the watch page', () => {
    const log = startReplica('watch-listed');
    button(WATCH_LIKE).click();
    button(WATCH_LIKE).click();
    button(WATCH_SUBSCRIBE).click();
    find<HTMLElement>('ytd-watch-metadata button[aria-label="Share"]').click();
    button('#like-button', comment('@aniesbaswedan')).click();
    find('ytd-comments-header-renderer #contenteditable-root').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }),
    );
    button('#submit-button', comment('@kompascom')).click();
    expect(log).toEqual([
      { action: 'like', account: '@aniesbaswedan', video: 'aniesVideo01', via: 'click' },
      { action: 'unlike', account: '@aniesbaswedan', video: 'aniesVideo01', via: 'click' },
      { action: 'subscribe', account: '@aniesbaswedan', via: 'click' },
      { action: 'share-panel', account: '@aniesbaswedan', video: 'aniesVideo01', via: 'click' },
      { action: 'unlike', account: '@aniesbaswedan', video: 'aniesVideo01', comment: 'UgxAnies001', via: 'click' },
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
