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

describe('replica.js on the pages in the live 2024–2026 markup', () => {
  it("opens a home tile's ⋮ menu at the end of the app and acts for that tile; the grid's next page comes from its template", () => {
    const log = startReplica('home');
    const next = document.querySelector<HTMLTemplateElement>('#replica-continuation')!;
    expect(document.querySelector('ytd-rich-item-renderer:has(#avatar-link[href="/@aniesbaswedan"])')).toBeNull();
    find('ytd-rich-grid-renderer ytd-continuation-item-renderer').before(next.content.cloneNode(true));
    const dots = (handle: string) => find(`ytd-rich-item-renderer:has(#avatar-link[href="/${handle}"]) ytd-menu-renderer .dropdown-trigger button`);
    const item = (label: string) =>
      [...document.querySelectorAll<HTMLElement>('ytd-popup-container ytd-menu-service-item-renderer')].find((it) => it.textContent.trim() === label)!;
    dots('@aniesbaswedan').click();
    item('Share').click();
    expect(find('ytd-popup-container tp-yt-iron-dropdown').getAttribute('aria-hidden')).toBe('true');
    dots('@kompascom').click();
    item('Save to Watch Later').click();
    expect(log).toEqual([
      { action: 'share-panel', account: '@aniesbaswedan', video: 'aniesVideo01', via: 'click' },
      { action: 'menu-item', item: 'Save to Watch Later', account: '@kompascom', video: 'kompasVideo1', via: 'click' },
    ]);
  });

  it('subscribes in the 2026 owner row, then shows the bell, whose press only opens its menu', () => {
    const log = startReplica('watch-listed');
    expect(find(`${WATCH_SUBSCRIBE} #notification-preference-button`).hasAttribute('invisible')).toBe(true);
    button(WATCH_SUBSCRIBE).click();
    expect(find(`${WATCH_SUBSCRIBE} #subscribe-button-shape`).hidden).toBe(true);
    expect(find(`${WATCH_SUBSCRIBE} #notification-preference-button`).hasAttribute('invisible')).toBe(false);
    find(`${WATCH_SUBSCRIBE} #notification-preference-button button`).click();
    expect(log).toEqual([
      { action: 'subscribe', account: '@aniesbaswedan', via: 'click' },
      { action: 'notification-menu', account: '@aniesbaswedan', via: 'click' },
    ]);
  });

  it("subscribes and likes on the 2025 Shorts channel bar, each Short for its own channel", () => {
    const log = startReplica('shorts-2025');
    find(`${ACTIVE_REEL} yt-subscribe-button-view-model button`).click();
    find(`${ACTIVE_REEL} like-button-view-model button`).click();
    find('ytd-reel-video-renderer:not([is-active]) yt-subscribe-button-view-model button').click();
    expect(log).toEqual([
      { action: 'subscribe', account: '@aniesbaswedan', via: 'click' },
      { action: 'like', account: '@aniesbaswedan', video: 'aniesShort02', via: 'click' },
      { action: 'subscribe', account: '@kompascom', via: 'click' },
    ]);
    expect(find(`${ACTIVE_REEL} yt-subscribe-button-view-model button`).classList.contains('ytSpecButtonShapeNextTonal')).toBe(true);
  });

  it.each([
    ['m-watch-2026-listed', '@aniesbaswedan', 'aniesVideo02'],
    ['m-watch-2026-unlisted', '@kompascom', 'kompasVideo2'],
  ] as const)('likes through like-button-view-model on %s', (fixture, account, video) => {
    const log = startReplica(fixture);
    find('.slim-video-action-bar-actions like-button-view-model button').click();
    expect(log).toEqual([{ action: 'like', account, video, via: 'click' }]);
  });
});
