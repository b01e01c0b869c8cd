// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.facebook.com/hashtag/aminajadulu"}
import { beforeEach, describe, expect, it } from 'vitest';
import { click, control, find, loadFixture, post, press } from './facebook-fixture';

const SHARE = 'Send this to friends or post it on your profile.';

describe('the text of a post by an unlisted author, for its campaign hashtags', () => {
  beforeEach(() => loadFixture('hashtag-en'));

  it('is the post’s message with its hashtag link as written, for its Like, Share and `l`', () => {
    for (const action of [click(control(post('pfbid0Suara1'), 'Like')), click(control(post('pfbid0Suara1'), SHARE)), press(post('pfbid0Suara1'), { key: 'l' })]) {
      expect(action?.account.id).toBe('suarawarga.id');
      expect(action?.text?.()).toBe('Ayo datang ke TPS tanggal 14 Februari! #AMINAjaDulu');
    }
  });

  it('on a share, holds the sharer’s words and the shared post’s, whoever the action counts', () => {
    const share = post('pfbid0Budi12');
    const like = click(control(share, 'Like'));
    const shared = click(control(share, SHARE));
    expect([like?.account.id, shared?.account.id]).toEqual(['100012345678901', 'relawan.desa']);
    for (const action of [like, shared]) {
      expect(action?.text?.()).toBe('Ramai sekali di lapangan pagi ini.\nKami siap memenangkan #AMINAjaDulu di desa kami.');
    }
  });

  it('reads a hashtag link where no message is marked (a layout without the marker)', () => {
    find('[data-ad-rendering-role="story_message"]', post('pfbid0Suara1')).removeAttribute('data-ad-rendering-role');
    expect(click(control(post('pfbid0Suara1'), 'Like'))?.text?.()).toBe('#AMINAjaDulu');
  });
});

describe('the text a comment touches', () => {
  beforeEach(() => loadFixture('feed-en'));

  it('a comment on a post: the post’s message, not its comments', () => {
    const box = find<HTMLElement>('[role="textbox"]', post('pfbid0Anies1'));
    box.innerHTML = '<p><span data-lexical-text="true">Mantap</span></p>';
    const action = press(box, { key: 'Enter' });
    expect(action?.intent).toBe('comment');
    expect(action?.text?.()).toBe('Terima kasih warga Jakarta atas dukungannya.');
  });

  it('a like of a comment: the comment’s own words', () => {
    const comment = find('[role="article"]', post('pfbid0Anies1'));
    const action = click(control(comment, 'Like'));
    expect(action?.account.id).toBe('kompascom');
    expect(action?.text?.()).toContain('Simak beritanya di Kompas.com.');
    expect(action?.text?.()).not.toContain('Terima kasih warga Jakarta');
  });
});
