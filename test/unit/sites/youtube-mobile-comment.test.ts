// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://m.youtube.com/"}
import { describe, expect, it } from 'vitest';
import { click, expectAction, find } from './youtube-fixture';
import { mobile } from './youtube-mobile-fixture';

/** m.youtube.com's comment composer: a textarea in the comments panel, outside ytm-watch, posted by its button. */

const TEXT = 'ytm-comment-simplebox-renderer textarea';
const SUBMIT = 'ytm-comment-simplebox-renderer .comment-submit-button button';

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
