// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.tiktok.com/foryou"}
import { describe, expect, it } from 'vitest';
import { tiktokAdapter } from '../../../src/sites/tiktok';
import {
  ANIES,
  ANIES_LIKED,
  KOMPAS,
  click,
  dblclick,
  expectAction,
  feedItem,
  find,
  hooked,
  loadFixture,
  startReplica,
} from './tiktok-fixture';

describe.each(['foryou-en', 'foryou-id'] as const)('the like button in %s', (fixture) => {
  it.each([
    [ANIES, 'aniesbaswedan'],
    [KOMPAS, 'kompascom'],
  ])('on video %s likes @%s, from the heart or its count', (video, handle) => {
    loadFixture(fixture);
    const like = hooked('like-icon', feedItem(video));
    expectAction(click(like), 'like', handle, like);
    expectAction(click(find('svg path', like)), 'like', handle, like);
    expectAction(click(find('[data-e2e="like-count"]', like)), 'like', handle, like);
  });

  it('unlikes an already liked video: no intent', () => {
    loadFixture(fixture);
    expect(click(hooked('like-icon', feedItem(ANIES_LIKED)))).toBeNull();
  });
});

describe('several videos in the DOM at once', () => {
  it('each control answers for its own video, not the first or the one in view', () => {
    loadFixture('foryou-en');
    const kompas = hooked('like-icon', feedItem(KOMPAS));
    feedItem(KOMPAS).scrollIntoView();
    expectAction(click(hooked('like-icon', feedItem(ANIES))), 'like', 'aniesbaswedan', hooked('like-icon', feedItem(ANIES)));
    expectAction(click(kompas), 'like', 'kompascom', kompas);
  });

  it('a mention of another account in the description is not the author', () => {
    loadFixture('foryou-en');
    find('[data-e2e="video-desc"] a[href="/@kompascom"]', feedItem(ANIES));
    const share = hooked('share-icon', feedItem(ANIES));
    expectAction(click(share), 'share', 'aniesbaswedan', share);
  });

  it('the author falls back on the handle under the video when the avatar has gone', () => {
    loadFixture('foryou-en');
    find('a[data-e2e="video-author-avatar"]', feedItem(KOMPAS)).remove();
    find('a[href="/@kompascom"]', feedItem(KOMPAS)).removeAttribute('href');
    const like = hooked('like-icon', feedItem(KOMPAS));
    expectAction(click(like), 'like', 'kompascom', like);
  });
});

describe('other feed controls', () => {
  it('comments icon, favourites, mute, music and hashtag links are no guarded action', () => {
    loadFixture('foryou-en');
    const item = feedItem(ANIES);
    for (const hook of ['comment-icon', 'undefined-icon']) expect(click(hooked(hook, item))).toBeNull();
    expect(click(find('button[aria-label="Mute"]', item))).toBeNull();
    expect(click(find('a[href^="/music/"]', item))).toBeNull();
    expect(click(find('a[href^="/tag/"]', item))).toBeNull();
    expect(click(find('[data-e2e="video-desc"]', item))).toBeNull();
  });
});

describe('the share button and Repost in its panel', () => {
  it.each(['foryou-en', 'foryou-id'] as const)('share opens the panel: a share of the video (%s)', (fixture) => {
    loadFixture(fixture);
    const share = hooked('share-icon', feedItem(ANIES));
    expectAction(click(share), 'share', 'aniesbaswedan', share);
  });

  it('Repost shares the video the panel opened on; once reposted, it undoes', () => {
    startReplica('foryou-en');
    hooked('share-icon', feedItem(KOMPAS)).click();
    const repost = hooked('video-share-repost', feedItem(KOMPAS));
    // The replica sees the event after the adapter, so this click reposts.
    expectAction(click(repost), 'share', 'kompascom', repost);
    expect(repost.getAttribute('aria-pressed')).toBe('true');
    expect(click(repost)).toBeNull();
  });

  it('share and Repost on a video page share its author', () => {
    startReplica('video-listed');
    const share = hooked('browse-share-icon');
    // The replica sees the event after the adapter, so this click opens the panel.
    expectAction(click(share), 'share', 'aniesbaswedan', share);
    const repost = hooked('video-share-repost');
    expectAction(click(repost), 'share', 'aniesbaswedan', repost);
  });
});

describe('a video page (browse mode)', () => {
  it('the like button likes the author the URL and author row name', () => {
    loadFixture('video-listed');
    const like = hooked('browse-like-icon');
    expectAction(click(like), 'like', 'aniesbaswedan', like);
  });

  it('liked: no intent', () => {
    loadFixture('video-listed');
    hooked('browse-like-icon').setAttribute('aria-pressed', 'true');
    expect(click(hooked('browse-like-icon'))).toBeNull();
  });

  it('while the author row still shows the previous video’s author, nothing is claimed', () => {
    loadFixture('video-listed', 'https://www.tiktok.com/@kompascom/video/7300000000000000002');
    expect(click(hooked('browse-like-icon'))).toBeNull();
  });

  it('without an author row, the URL names the author', () => {
    loadFixture('video-listed');
    find('[data-e2e="browse-username"]').remove();
    const like = hooked('browse-like-icon');
    expectAction(click(like), 'like', 'aniesbaswedan', like);
  });

  it('a comment’s heart is not the video’s like', () => {
    loadFixture('video-listed');
    expect(click(find('[data-e2e="comment-like-icon"]'))).toBeNull();
  });
});

describe('a double-click', () => {
  it.each(['foryou-en', 'foryou-id'] as const)('on a feed video likes it, replayed through its like button (%s)', (fixture) => {
    loadFixture(fixture);
    const item = feedItem(KOMPAS);
    const like = hooked('like-icon', item);
    expectAction(dblclick(find('.css-1fd-DivVideoOverlay', item)), 'like', 'kompascom', like);
    expectAction(dblclick(find('video', item)), 'like', 'kompascom', like);
  });

  it('without the player hook: xgplayer’s wrapper still counts, an overlay beside it does not', () => {
    loadFixture('foryou-en');
    const item = feedItem(KOMPAS);
    find('[data-e2e="feed-video"]', item).removeAttribute('data-e2e');
    expectAction(dblclick(find(`#xgwrapper-0-${KOMPAS}`, item)), 'like', 'kompascom', hooked('like-icon', item));
    expect(dblclick(find('.css-1fd-DivVideoOverlay', item))).toBeNull();
  });

  it('on an already liked video does nothing', () => {
    loadFixture('foryou-en');
    expect(dblclick(find('.css-1fd-DivVideoOverlay', feedItem(ANIES_LIKED)))).toBeNull();
  });

  it('elsewhere (the mute button, the description, the action bar, the author) is no like', () => {
    loadFixture('foryou-en');
    const item = feedItem(ANIES);
    expect(dblclick(find('button[aria-label="Mute"] svg', item))).toBeNull();
    expect(dblclick(find('[data-e2e="video-desc"]', item))).toBeNull();
    expect(dblclick(hooked('comment-icon', item))).toBeNull();
    expect(dblclick(find('[data-e2e="video-author-uniqueid"]', item))).toBeNull();
  });

  it('on a video page likes it', () => {
    loadFixture('video-listed');
    expectAction(dblclick(find('[data-e2e="browse-video"] .css-1fd-DivVideoOverlay')), 'like', 'aniesbaswedan', hooked('browse-like-icon'));
  });

  it('on a video opened over a profile likes that video', () => {
    loadFixture('video-listed');
    const browse = find('.css-2b5-DivBrowserModeContainer');
    loadFixture('profile-followed', 'https://www.tiktok.com/@aniesbaswedan/video/7300000000000000001');
    const modal = document.createElement('div');
    modal.setAttribute('role', 'dialog');
    modal.append(document.adoptNode(browse));
    document.body.append(modal);
    expectAction(dblclick(find('[data-e2e="browse-video"] video')), 'like', 'aniesbaswedan', hooked('browse-like-icon', modal));
  });
});

describe('the adapter', () => {
  it('listens to clicks, double-clicks and key presses', () => {
    expect(tiktokAdapter.platform).toBe('tiktok');
    expect([...tiktokAdapter.events].sort()).toEqual(['click', 'dblclick', 'keydown']);
  });

  it('ignores events aimed at no element', () => {
    expect(tiktokAdapter.detect(new Event('click'))).toBeNull();
  });
});
