// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://x.com/hashtag/AMINAjaDulu"}
import { beforeEach, describe, expect, it } from 'vitest';
import { xAdapter } from '../../../src/sites/x';
import { click, find, inTweet, loadFixture, press } from './x-fixture';

/** A post by @suarawarga_id carrying #AMINAjaDulu as a link; @kabarkampung's quote of @relawan_desa, whose post carries it as text. */
const TAGGED = '1790000000000000011';
const QUOTING = '1790000000000000012';

describe('the text of a post by an unlisted author, for its campaign hashtags', () => {
  beforeEach(() => loadFixture('hashtag-en'));

  it('is the post’s text, with the hashtag X links as written, for its like, repost and share', () => {
    for (const selector of ['[data-testid="like"]', '[data-testid="retweet"]', '[aria-label="Share post"]']) {
      const action = click(inTweet(TAGGED, selector));
      expect(action?.account.id).toBe('suarawarga_id');
      expect(action?.text?.()).toBe('Ayo datang ke TPS tanggal 14 Februari! #AMINAjaDulu');
    }
  });

  it('holds the quoted post’s text too, after the quoting post’s', () => {
    const action = click(inTweet(QUOTING, '[data-testid="like"]'));
    expect(action?.account.id).toBe('kabarkampung');
    expect(action?.text?.()).toBe('Ramai sekali di lapangan pagi ini.\nKami siap memenangkan #AMINAjaDulu di desa kami.');
  });

  it('is read for `l` and `t` on a focused post as for a click', () => {
    const post = inTweet(TAGGED, '[data-testid="like"]').closest<HTMLElement>('article')!;
    post.focus();
    expect(press(post, { key: 'l' })?.text?.()).toContain('#AMINAjaDulu');
    expect(press(post, { key: 't' })?.text?.()).toContain('#AMINAjaDulu');
  });

  it('is not read while detecting: only the function that reads it is handed over', () => {
    const action = click(inTweet(TAGGED, '[data-testid="like"]'));
    // Text changed after the click is what the function reads: it reads when called.
    find('[data-testid="tweetText"]').append(' #Pemilu2024');
    expect(action?.text?.()).toContain('#AMINAjaDulu #Pemilu2024');
  });

  it('comes with no follow: a follow touches no post', () => {
    const follow = click(find('[data-testid="UserCell"] [data-testid$="-follow"]'));
    expect(follow?.intent).toBe('follow');
    expect(follow?.text).toBeUndefined();
  });
});

describe('the text of the post a reply answers', () => {
  it('is the focused post’s on its status page, and the shown post’s in the reply dialog', () => {
    loadFixture('status-aniesbaswedan');
    expect(click(find('[data-testid="tweetButtonInline"]'))?.text?.()).toBe(
      find('article[tabindex="-1"] [data-testid="tweetText"]').textContent.trim(),
    );
    loadFixture('reply-modal');
    expect(click(find('[role="dialog"] [data-testid="tweetButton"]'))?.text?.()).toBe(
      find('[role="dialog"] article [data-testid="tweetText"]').textContent.trim(),
    );
  });
});

it('the adapter’s publish is asked for composers only', () => {
  loadFixture('hashtag-en');
  expect(xAdapter.publish?.(new MouseEvent('click'))).toBeNull();
});
