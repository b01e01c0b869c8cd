// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.youtube.com/"}
import { describe, expect, it } from 'vitest';
import { COMMENT_SUBMIT, WATCH_LIKE, WATCH_SUBSCRIBE, button, click, comment, expectAction, find, loadFixture } from './youtube-fixture';

const UC_ID = 'UCaniesBaswedan0000000_1';

describe('the owner of the watched video', () => {
  it('is unknown while the page still renders the previous video: no account rather than a wrong one', () => {
    // YouTube has moved to ?v=kompasVideo1; the owner row still shows the previous video's channel.
    loadFixture('watch-listed', 'https://www.youtube.com/watch?v=kompasVideo1');
    for (const selector of [WATCH_LIKE, WATCH_SUBSCRIBE, COMMENT_SUBMIT]) expect(click(button(selector))).toBeNull();
    expect(click(find('ytd-watch-metadata #top-level-buttons-computed yt-button-view-model button'))).toBeNull();
  });

  it('is unknown on a watch page without a video id', () => {
    loadFixture('watch-listed');
    find('ytd-watch-flexy').removeAttribute('video-id');
    expect(click(button(WATCH_LIKE))).toBeNull();
  });

  it("is known again once the page renders the URL's video", () => {
    loadFixture('watch-listed', 'https://www.youtube.com/watch?v=kompasVideo1');
    find('ytd-watch-flexy').setAttribute('video-id', 'kompasVideo1');
    find('ytd-video-owner-renderer').querySelectorAll('a').forEach((link) => link.setAttribute('href', '/@kompascom'));
    const like = button(WATCH_LIKE);
    expectAction(click(like), 'like', '@kompascom', like);
  });

  it("does not depend on the video for a comment's author", () => {
    loadFixture('watch-listed', 'https://www.youtube.com/watch?v=kompasVideo1');
    const like = button('#like-button', comment('@prabowo'));
    expectAction(click(like), 'like', '@prabowo', like);
  });

  it('is the UC… channel id when the owner row links only that; the @handle when it links both', () => {
    loadFixture('watch-listed');
    const links = [...find('ytd-video-owner-renderer').querySelectorAll('a')];
    links[0]!.setAttribute('href', `/channel/${UC_ID}`);
    const like = button(WATCH_LIKE);
    expectAction(click(like), 'like', '@aniesbaswedan', like);
    for (const link of links) link.setAttribute('href', `/channel/${UC_ID}`);
    expectAction(click(like), 'like', UC_ID, like);
  });
});
