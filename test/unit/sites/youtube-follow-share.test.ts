// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.youtube.com/"}
import { describe, expect, it } from 'vitest';
import { youtubeAdapter } from '../../../src/sites/youtube';
import { ACTIVE_REEL, WATCH_SUBSCRIBE, button, click, clickAfter, comment, expectAction, find, fixtureSource, loadFixture } from './youtube-fixture';

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

describe('the 2026 owner row (as on the saved watch page)', () => {
  it('its notification bell, in the same renderer as Subscribe, is no intent, before and after subscribing', () => {
    loadFixture('watch-listed');
    const bell = find(`${WATCH_SUBSCRIBE} #notification-preference-button button`);
    expect(click(bell)).toBeNull();
    expect(click(find('svg', bell))).toBeNull();
    find(`${WATCH_SUBSCRIBE} ytd-subscribe-button-renderer`).setAttribute('subscribed', '');
    find(`${WATCH_SUBSCRIBE} #notification-preference-button`).removeAttribute('invisible');
    expect(click(bell)).toBeNull();
  });
});

describe("Share in a home tile's ⋮ menu (home fixture, menu opened by replica.js)", () => {

  const dots = (handle: string) => find(`ytd-rich-item-renderer:has(#avatar-link[href="/${handle}"]) ytd-menu-renderer .dropdown-trigger button`);
  const item = (label: string) =>
    [...document.querySelectorAll<HTMLElement>('ytd-popup-container ytd-menu-service-item-renderer')].find((it) => it.textContent.trim() === label)!;

  it('on a tile the grid appended is a share of that tile’s channel; its other items are no intent', () => {
    loadFixture('home');
    new Function(fixtureSource('replica.js'))();
    find('ytd-continuation-item-renderer').before(find<HTMLTemplateElement>('#replica-continuation').content.cloneNode(true));
    for (const handle of ['@aniesbaswedan', '@kumparan']) {
      const opener = find('svg', dots(handle));
      dots(handle).click();
      expectAction(clickAfter(opener, item('Share')), 'share', handle, item('Share'));
      for (const label of ['Save to Watch Later', 'Not interested', 'Report']) expect(clickAfter(opener, item(label)), label).toBeNull();
    }
  });
});
