// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.youtube.com/"}
import { beforeEach, describe, expect, it } from 'vitest';
import { youtubeAdapter } from '../../../src/sites/youtube';
import { ACTIVE_REEL, COMMENT_SUBMIT, WATCH_LIKE, button, click, comment, find, loadFixture, press } from './youtube-fixture';
import { publishEvents } from './publish-events';

const { publishClick, publishKey } = publishEvents(youtubeAdapter);
const wholeTag = (tag: string) => new RegExp(`(^|\\s)${tag}(\\s|$)`);
const SHARE = 'ytd-watch-metadata button[aria-label="Share"]';
const BOX = 'ytd-comments-header-renderer #contenteditable-root';

describe('a watched video’s text: an unlisted channel’s video under a campaign hashtag', () => {
  beforeEach(() => loadFixture('watch-hashtag'));

  it('like, share and a comment carry its title, the hashtags under it and its description, read when asked', () => {
    const actions = [click(button(WATCH_LIKE)), click(find(SHARE)), click(button(COMMENT_SUBMIT))];
    for (const action of actions) {
      expect(action?.account.id).toBe('@relawanamin');
      const text = action?.text?.() ?? '';
      expect(text).toContain('Kampanye akbar di JIS, Minggu ini');
      expect(text).toContain('Sampai jumpa di JIS hari Minggu!');
      for (const tag of ['#AMINAjaDulu', '#jakarta', '#relawan']) expect(text).toMatch(wholeTag(tag));
      expect(text).not.toContain('Informatif, terima kasih.');
    }
  });

  it('a comment’s like carries that comment’s words, not the video’s', () => {
    const text = click(button('#like-button', comment('@warga.biasa')))?.text?.();
    expect(text).toBe('Informatif, terima kasih.');
  });

  it('Subscribe touches no post: it carries no text', () => {
    const subscribe = click(button('ytd-watch-metadata #subscribe-button'));
    expect(subscribe?.intent).toBe('follow');
    expect(subscribe?.text).toBeUndefined();
  });
});

describe('the comment box publishes what is typed', () => {
  beforeEach(() => loadFixture('watch-unlisted'));
  const type = (words: string) => (find(BOX).textContent = words);

  it('its Comment button and Ctrl+Enter, anchored at the button, the text read when asked', () => {
    const published = publishClick(button(COMMENT_SUBMIT));
    expect(published?.element).toBe(button(COMMENT_SUBMIT));
    type('Mantap @AniesBaswedan #AMINAjaDulu');
    expect(published?.text()).toBe('Mantap @AniesBaswedan #AMINAjaDulu');
    expect(publishKey(find(BOX), { key: 'Enter', ctrlKey: true })?.element).toBe(button(COMMENT_SUBMIT));
    expect(publishKey(find(BOX), { key: 'Enter', metaKey: true })?.text()).toBe('Mantap @AniesBaswedan #AMINAjaDulu');
  });

  it('the detected comment stays a comment on the video’s channel', () => {
    type('@aniesbaswedan');
    expect(press(find(BOX), { key: 'Enter', ctrlKey: true })?.account.id).toBe('@kompascom');
  });

  it('publishes nothing for an empty box, a disabled button, plain Enter, Cancel, or a like', () => {
    expect(publishKey(find(BOX), { key: 'Enter' })).toBeNull();
    expect(publishClick(find('ytd-comments-header-renderer #cancel-button button'))).toBeNull();
    expect(publishClick(button(WATCH_LIKE))).toBeNull();
    button(COMMENT_SUBMIT).setAttribute('aria-disabled', 'true');
    expect(publishClick(button(COMMENT_SUBMIT))).toBeNull();
    button(COMMENT_SUBMIT).removeAttribute('aria-disabled');
    type('  ');
    expect(publishClick(button(COMMENT_SUBMIT))).toBeNull();
  });
});

describe.each(['shorts', 'shorts-2025'] as const)('Shorts (%s): each Short’s own title', (fixture) => {
  it('the active Short’s like carries its title with its @mention; the next Short’s, its own', () => {
    loadFixture(fixture);
    const likeIn = (reel: string) => find(`${reel} #like-button button, ${reel} like-button-view-model button`);
    const active = click(likeIn(ACTIVE_REEL))?.text?.() ?? '';
    expect(active).toContain('Pagi ini bersama warga, terima kasih @prabowo');
    expect(active).not.toContain('Ringkasan debat');
    const next = click(likeIn('ytd-reel-video-renderer:not([is-active])'))?.text?.() ?? '';
    expect(next).toContain('Ringkasan debat dalam 60 detik');
  });
});
