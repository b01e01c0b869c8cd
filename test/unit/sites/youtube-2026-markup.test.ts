// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.youtube.com/"}
import { describe, expect, it } from 'vitest';
import { click, expectAction, find, loadFixture } from './youtube-fixture';
import { mobile } from './youtube-mobile-fixture';

/**
 * YouTube's 2025/26 markup where no live capture shows it (replica): the
 * Shorts channel bar and action bar, the subscribe view model with its
 * camelCase shape classes, and like-button-view-model on m.youtube.com.
 * Shapes follow public code that drives these pages (Shorts selectors of
 * 2026, Return YouTube Dislike's June 2026 markup).
 */

const subscribeViewModel = (shape: 'Filled' | 'Tonal', words: string) =>
  `<yt-subscribe-button-view-model><yt-animated-action><div><div><button class="ytSpecButtonShapeNextHost ytSpecButtonShapeNext${shape} ytSpecButtonShapeNextMono ytSpecButtonShapeNextSizeM">` +
  `<div class="ytSpecButtonShapeNextButtonTextContent"><span role="text">${words}</span></div></button></div></div></yt-animated-action></yt-subscribe-button-view-model>`;

const likeViewModel = (pressed: boolean) =>
  `<like-button-view-model class="ytLikeButtonViewModelHost"><toggle-button-view-model><button-view-model class="ytSpecButtonViewModelHost"><label>` +
  `<button class="ytSpecButtonShapeNextHost ytSpecButtonShapeNextTonal" aria-pressed="${pressed}" aria-label="like this video along with 8,1K other people">` +
  `<div class="ytSpecButtonShapeNextIcon" aria-hidden="true"><svg viewBox="0 0 24 24"><path d="M0 0"></path></svg></div></button></label></button-view-model></toggle-button-view-model></like-button-view-model>`;

/** One Short as the 2026 player renders it: metapanel (channel bar, title) and button bar. */
const short = (handle: string, subscribe: string, active: boolean) =>
  `<ytd-reel-video-renderer${active ? ' is-active=""' : ''}><div id="experiment-overlay"><ytd-reel-player-overlay-renderer><div id="overlay">` +
  `<div id="metapanel"><yt-reel-metapanel-view-model><div><yt-reel-channel-bar-view-model>` +
  `<span class="ytReelChannelBarViewModelChannelName"><a class="yt-core-attributed-string__link" href="/${handle}/shorts">${handle}</a></span>` +
  `<div class="ytReelChannelBarViewModelReelSubscribeButton">${subscribe}</div></yt-reel-channel-bar-view-model></div>` +
  `<yt-shorts-video-title-view-model><h2><span>Terima kasih <a href="/@prabowo">@prabowo</a></span></h2></yt-shorts-video-title-view-model></yt-reel-metapanel-view-model></div>` +
  `<div id="button-bar"><reel-action-bar-view-model>${likeViewModel(false)}</reel-action-bar-view-model></div>` +
  `</div></ytd-reel-player-overlay-renderer></div></ytd-reel-video-renderer>`;

function loadShorts(body: string): void {
  loadFixture('shorts');
  find('ytd-shorts').innerHTML = `<div id="shorts-container"><div id="shorts-inner-container">${body}</div></div>`;
}

describe('the 2026 Shorts player (replica)', () => {
  it("holds Subscribe and like on the active Short for its channel bar's channel, not a channel its title mentions", () => {
    loadShorts(short('@aniesbaswedan', subscribeViewModel('Filled', 'Subscribe'), true) + short('@kompascom', subscribeViewModel('Filled', 'Subscribe'), false));
    const subscribe = find('ytd-reel-video-renderer[is-active] yt-subscribe-button-view-model button');
    expectAction(click(subscribe), 'follow', '@aniesbaswedan', subscribe);
    expectAction(click(find('span', subscribe)), 'follow', '@aniesbaswedan', subscribe);
    const like = find('ytd-reel-video-renderer[is-active] reel-action-bar-view-model button');
    expectAction(click(like), 'like', '@aniesbaswedan', like);
    const next = find('ytd-reel-video-renderer:not([is-active]) yt-subscribe-button-view-model button');
    expectAction(click(next), 'follow', '@kompascom', next);
  });

  it('passes the Subscribed button (tonal) and a pressed like', () => {
    loadShorts(short('@aniesbaswedan', subscribeViewModel('Tonal', 'Subscribed'), true));
    expect(click(find('yt-subscribe-button-view-model button'))).toBeNull();
    find('reel-action-bar-view-model button').setAttribute('aria-pressed', 'true');
    expect(click(find('reel-action-bar-view-model button'))).toBeNull();
  });

  it('still knows whom the channel bar subscribes to when the overlay sits outside any Short renderer', () => {
    loadShorts(short('@aniesbaswedan', subscribeViewModel('Filled', 'Subscribe'), true));
    const overlay = find('ytd-reel-player-overlay-renderer');
    find('ytd-shorts').append(overlay);
    const subscribe = find('yt-subscribe-button-view-model button', overlay);
    expectAction(click(subscribe), 'follow', '@aniesbaswedan', subscribe);
    // The like bar names no channel of its own: without the Short around it, no guess.
    expect(click(find('reel-action-bar-view-model button', overlay))).toBeNull();
  });
});

describe('the subscribe view model in 2026 classes (replica)', () => {
  it("on a channel header: Subscribe is held, Subscribed (camelCase tonal) passes", () => {
    loadFixture('channel-listed');
    find('yt-page-header-view-model yt-subscribe-button-view-model').outerHTML = subscribeViewModel('Filled', 'Subscribe');
    const subscribe = find('yt-page-header-view-model yt-subscribe-button-view-model button');
    expectAction(click(subscribe), 'follow', '@aniesbaswedan', subscribe);
    find('yt-page-header-view-model yt-subscribe-button-view-model').outerHTML = subscribeViewModel('Tonal', 'Berlangganan');
    expect(click(find('yt-page-header-view-model yt-subscribe-button-view-model button'))).toBeNull();
  });

  it("in the watch page's owner row: Subscribe is held, Subscribed passes", () => {
    loadFixture('watch-listed');
    find('ytd-watch-metadata #subscribe-button').innerHTML = subscribeViewModel('Filled', 'Subscribe');
    const subscribe = find('ytd-watch-metadata #subscribe-button button');
    expectAction(click(subscribe), 'follow', '@aniesbaswedan', subscribe);
    find('ytd-watch-metadata #subscribe-button').innerHTML = subscribeViewModel('Tonal', 'Subscribed');
    expect(click(find('ytd-watch-metadata #subscribe-button button'))).toBeNull();
  });
});

describe('m.youtube.com with like-button-view-model (replica)', () => {
  const segmented = (pressed: boolean) =>
    `<segmented-like-dislike-button-view-model class="ytSegmentedLikeDislikeButtonViewModelHost"><yt-smartimation><div class="ytSegmentedLikeDislikeButtonViewModelSegmentedButtonsWrapper">` +
    `${likeViewModel(pressed)}<dislike-button-view-model><toggle-button-view-model><button-view-model><label><button class="ytSpecButtonShapeNextHost ytSpecButtonShapeNextTonal" aria-pressed="false" aria-label="Tidak suka video ini"></button></label></button-view-model></toggle-button-view-model></dislike-button-view-model>` +
    `</div></yt-smartimation></segmented-like-dislike-button-view-model>`;

  it("holds the video's like for its channel and passes the dislike and an unlike", () => {
    mobile.loadFixture('m-watch-listed', 'https://www.youtube.com/watch?v=aniesVideo01');
    find('ytm-segmented-like-dislike-button-renderer').outerHTML = segmented(false);
    const like = find('.slim-video-action-bar-actions like-button-view-model button');
    expectAction(click(like), 'like', '@aniesbaswedan', like);
    expect(click(find('.slim-video-action-bar-actions dislike-button-view-model button'))).toBeNull();
    find('segmented-like-dislike-button-view-model').outerHTML = segmented(true);
    expect(click(find('.slim-video-action-bar-actions like-button-view-model button'))).toBeNull();
  });
});
