// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.youtube.com/"}
import { describe, expect, it } from 'vitest';
import { ACTIVE_REEL, WATCH_SUBSCRIBE, button, click, comment, expectAction, find, loadFixture } from './youtube-fixture';

const SUBSCRIBE_HEADER = 'yt-page-header-view-model yt-subscribe-button-view-model';

describe('Subscribe', () => {
  it.each(['watch-listed', 'watch-listed-id'] as const)("on the watch page (%s) follows the video's channel", (fixture) => {
    loadFixture(fixture);
    const subscribe = button(WATCH_SUBSCRIBE);
    expectAction(click(subscribe), 'follow', '@aniesbaswedan', subscribe);
    expectAction(click(find('.yt-spec-button-shape-next__button-text-content', subscribe)), 'follow', '@aniesbaswedan', subscribe);
  });

  it('a subscribed renderer (attribute, or its words in either language) is an undo: no intent', () => {
    loadFixture('watch-listed');
    find(`${WATCH_SUBSCRIBE} ytd-subscribe-button-renderer`).setAttribute('subscribed', '');
    expect(click(button(WATCH_SUBSCRIBE))).toBeNull();
    for (const words of ['Subscribed', 'Disubscribe']) {
      loadFixture('watch-listed');
      find(`${WATCH_SUBSCRIBE} .yt-spec-button-shape-next__button-text-content`).textContent = words;
      expect(click(button(WATCH_SUBSCRIBE))).toBeNull();
    }
  });

  it("on a channel page's header follows the page's channel", () => {
    loadFixture('channel-listed');
    const subscribe = button(SUBSCRIBE_HEADER);
    expectAction(click(subscribe), 'follow', '@aniesbaswedan', subscribe);
  });

  it("a channel header's Subscribed button (tonal, with its bell) is no intent", () => {
    loadFixture('channel-subscribed');
    expect(click(button(SUBSCRIBE_HEADER))).toBeNull();
    expect(click(find(`${SUBSCRIBE_HEADER} svg`))).toBeNull();
  });

  it("in the Shorts overlay follows that Short's channel", () => {
    loadFixture('shorts');
    const subscribe = button(`${ACTIVE_REEL} #subscribe-button`);
    expectAction(click(subscribe), 'follow', '@aniesbaswedan', subscribe);
    const next = button('ytd-reel-video-renderer:not([is-active]) #subscribe-button');
    expectAction(click(next), 'follow', '@kompascom', next);
  });

  it('in a search result follows that channel; a subscribed result is no intent', () => {
    loadFixture('results');
    const result = (handle: string) => find(`ytd-channel-renderer:has(a[href="/${handle}"])`);
    const subscribe = button('#subscribe-button', result('@aniesbaswedan'));
    expectAction(click(subscribe), 'follow', '@aniesbaswedan', subscribe);
    expect(click(button('#subscribe-button', result('@prabowo')))).toBeNull();
  });

  it('a subscribe button outside any channel context is no intent', () => {
    loadFixture('results');
    const stray = find('ytd-channel-renderer ytd-subscribe-button-renderer').cloneNode(true) as HTMLElement;
    find('ytd-masthead').append(stray);
    expect(click(find('button', stray))).toBeNull();
  });

  it('clicks on a search result itself (name, avatar, video) are no guarded action', () => {
    loadFixture('results');
    for (const selector of ['ytd-channel-renderer #channel-title', 'ytd-channel-renderer #avatar', 'ytd-video-renderer #video-title']) {
      expect(click(find(selector))).toBeNull();
    }
  });
});

describe('Share', () => {
  it.each(['watch-listed', 'watch-listed-id'] as const)('the watch page share button (%s) is a share of the channel', (fixture) => {
    loadFixture(fixture);
    const share = find<HTMLElement>('ytd-watch-metadata #top-level-buttons-computed yt-button-view-model button');
    expectAction(click(share), 'share', '@aniesbaswedan', share);
    expectAction(click(find('svg', share)), 'share', '@aniesbaswedan', share);
  });

  it("a Short's share button is a share of that Short's channel", () => {
    loadFixture('shorts');
    const share = button(`${ACTIVE_REEL} #share-button`);
    expectAction(click(share), 'share', '@aniesbaswedan', share);
  });

  it('a button labelled Share outside the action row is no share', () => {
    loadFixture('watch-listed');
    expect(click(button('#reply-button-end', comment('@kompascom')))).toBeNull();
    const reply = button('#reply-button-end', comment('@kompascom'));
    reply.setAttribute('aria-label', 'Share');
    expect(click(reply)).toBeNull();
  });
});
