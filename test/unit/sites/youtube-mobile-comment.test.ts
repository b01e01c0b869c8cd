// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://m.youtube.com/"}
import { describe, expect, it } from 'vitest';
import { youtubeAdapter } from '../../../src/sites/youtube';
import { click, expectAction, find } from './youtube-fixture';
import { mobile } from './youtube-mobile-fixture';
import { publishEvents } from './publish-events';

const { publishClick } = publishEvents(youtubeAdapter);

/** m.youtube.com's comment composer: a textarea in the comments panel, outside ytm-watch, posted by its button. */

const TEXT = 'ytm-comment-simplebox-renderer textarea';
const SUBMIT = 'ytm-comment-simplebox-renderer .comment-submit-button button';

const TITLE_2026_UNLISTED = 'Sorotan sepekan: harga pangan';

const type = (words: string) => (find<HTMLTextAreaElement>(TEXT).value = words);

describe('the mobile comment composer', () => {
  it('holds Komentari as a comment on the watched video’s channel', () => {
    mobile.loadFixture('m-watch-listed');
    type('Semoga sukses, Pak');
    expectAction(click(find(SUBMIT)), 'comment', '@aniesbaswedan', find(SUBMIT));
  });

  it('holds nothing for an empty composer, for Batal, or when the page renders another video', () => {
    mobile.loadFixture('m-watch-listed');
    expect(click(find(SUBMIT))).toBeNull();
    type('Semoga sukses');
    expect(click(find('ytm-comment-simplebox-renderer .comment-simplebox-cancel button'))).toBeNull();
    history.replaceState(null, '', '/watch?v=kompasVideo1');
    expect(click(find(SUBMIT))).toBeNull();
  });

  it('posts once when the held button is pressed again, as the guard replays it', () => {
    // The m.youtube.com routes serve the desktop replica's script, which handles both.
    mobile.loadFixture('m-watch-listed');
    new Function(mobile.fixtureSource('../youtube/replica.js'))();
    const log = (window as unknown as { __replicaLog: unknown[] }).__replicaLog;
    type('Semoga sukses');
    const action = click(find(SUBMIT));
    expect(log).toEqual([{ action: 'comment', account: '@aniesbaswedan', video: 'aniesVideo01', text: 'Semoga sukses', via: 'click' }]);
    expect(action?.element).toBe(find(SUBMIT));
  });
});

describe('m.youtube.com: what a post says, and what the composer publishes (issue 17)', () => {
  it('a video’s like carries its title', () => {
    mobile.loadFixture('m-watch-2026-unlisted');
    expect(click(find('ytm-slim-video-action-bar-renderer like-button-view-model button'))?.text?.()).toContain(TITLE_2026_UNLISTED);
  });

  it('the composer’s button publishes the textarea’s text; an empty one nothing', () => {
    mobile.loadFixture('m-watch-listed');
    const submit = find(SUBMIT);
    expect(publishClick(submit)).toBeNull();
    type('Halo @prabowo');
    expect(publishClick(submit)?.text()).toBe('Halo @prabowo');
  });
});
