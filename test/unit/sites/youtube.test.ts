// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.youtube.com/"}
import { beforeEach, describe, expect, it } from 'vitest';
import { youtubeAdapter } from '../../../src/sites/youtube';
import { YouTubeSelectors } from '../../../src/sites/youtube/selectors';
import { mobile } from './youtube-mobile-fixture';
import {
  ACTIVE_REEL,
  WATCH_LIKE,
  YOUTUBE_FIXTURES,
  button,
  click,
  comment,
  expectAction,
  find,
  fixtureSource,
  loadFixture,
  press,
  type YouTubeFixture,
} from './youtube-fixture';

describe('youtubeAdapter', () => {
  it('guards YouTube clicks and key presses', () => {
    expect(youtubeAdapter.platform).toBe('youtube');
    expect([...youtubeAdapter.events].sort()).toEqual(['click', 'keydown']);
  });

  it('answers null for events without an element target', () => {
    expect(youtubeAdapter.detect(new MouseEvent('click'))).toBeNull();
    expect(youtubeAdapter.detect(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true }))).toBeNull();
  });
});

describe('the selector table', () => {
  const pages = [
    ...(Object.keys(YOUTUBE_FIXTURES) as YouTubeFixture[]).map((name) =>
      new DOMParser().parseFromString(fixtureSource(`${name}.html`), 'text/html'),
    ),
    ...mobile.parseAll(),
  ];
  // Markup the fixtures do not save: older layouts, built in youtube-channel.test.ts; an
  // open ⋮ menu, built into the real home page's popup container in test/unit/live/youtube.test.ts.
  const elsewhere = new Set(['subscribedRenderer', 'menuItem', 'menuPopup']);
  const selectors = Object.entries(YouTubeSelectors).filter(([name]) => !elsewhere.has(name));

  it.each(selectors)('%s matches in the fixtures', (_name, selector) => {
    expect(pages.some((page) => page.querySelector(selector) !== null)).toBe(true);
  });
});

describe.each(['watch-listed', 'watch-listed-id'] as const)('likes on %s', (fixture) => {
  beforeEach(() => loadFixture(fixture));

  it("the video's like button is a like of its channel, from the button, its icon or its count", () => {
    const like = button(WATCH_LIKE);
    expectAction(click(like), 'like', '@aniesbaswedan', like);
    expectAction(click(find('svg path', like)), 'like', '@aniesbaswedan', like);
    expectAction(click(find('.yt-spec-button-shape-next__button-text-content', like).firstChild!), 'like', '@aniesbaswedan', like);
  });

  it('a pressed like button undoes the like: no intent', () => {
    button(WATCH_LIKE).setAttribute('aria-pressed', 'true');
    expect(click(button(WATCH_LIKE))).toBeNull();
  });

  it("a comment's like is a like of the comment's author, not of the video's channel", () => {
    const like = button('#like-button', comment('@kompascom'));
    expectAction(click(like), 'like', '@kompascom', like);
    const prabowo = button('#like-button', comment('@prabowo'));
    expectAction(click(prabowo), 'like', '@prabowo', prabowo);
  });

  it('an already liked comment is no intent', () => {
    expect(click(button('#like-button', comment('@aniesbaswedan')))).toBeNull();
  });

  it('dislikes, replies, the player, the title and the owner link are no guarded action', () => {
    for (const selector of [
      'ytd-watch-metadata dislike-button-view-model button',
      '#reply-button-end button',
      '#movie_player',
      'ytd-watch-metadata h1',
      'ytd-video-owner-renderer a',
      '#cancel-button button',
    ]) {
      expect(click(find(selector))).toBeNull();
    }
  });

  it('the letter l seeks the player on YouTube and is never a like', () => {
    for (const key of ['l', 'L']) expect(press(find('#movie_player'), { key })).toBeNull();
  });
});

describe('likes on Shorts', () => {
  beforeEach(() => loadFixture('shorts'));

  it("a Short's like is a like of that Short's channel, not of a channel its title mentions", () => {
    const like = button(`${ACTIVE_REEL} #like-button`);
    expectAction(click(like), 'like', '@aniesbaswedan', like);
  });

  it('each Short in the player answers for its own channel', () => {
    const next = button('ytd-reel-video-renderer:not([is-active]) #like-button');
    expectAction(click(next), 'like', '@kompascom', next);
  });

  it('a pressed Short like, the dislike and the comments button are no intent', () => {
    expect(click(button(`${ACTIVE_REEL} #dislike-button`))).toBeNull();
    expect(click(button(`${ACTIVE_REEL} #comments-button`))).toBeNull();
    button(`${ACTIVE_REEL} #like-button`).setAttribute('aria-pressed', 'true');
    expect(click(button(`${ACTIVE_REEL} #like-button`))).toBeNull();
  });
});

describe('an unlisted video', () => {
  beforeEach(() => loadFixture('watch-unlisted'));

  it("answers with its own channel, which the guard then finds unlisted", () => {
    const like = button(WATCH_LIKE);
    expectAction(click(like), 'like', '@kompascom', like);
  });
});
