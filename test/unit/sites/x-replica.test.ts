// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://x.com/home"}
import { describe, expect, it } from 'vitest';
import { xAdapter } from '../../../src/sites/x';
import { click, find, inTweet, startReplica, tweet, userCell } from './x-fixture';

/**
 * The replica is what the E2E suite clicks through; these tests pin its log
 * contract, and check its independent reading of each post (the permalink)
 * against the adapter's (the name block).
 */
const keydown = (init: KeyboardEventInit): KeyboardEvent =>
  new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });

describe('replica.js', () => {
  it('likes and unlikes on untrusted clicks, with X’s labels and count', () => {
    const log = startReplica('home-en');
    const button = inTweet('1790000000000000001', '[data-testid="like"]');
    find('svg path', button).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(button.dataset['testid']).toBe('unlike');
    expect(button.getAttribute('aria-label')).toBe('8713 Likes. Liked');
    button.click();
    expect(button.dataset['testid']).toBe('like');
    expect(button.getAttribute('aria-label')).toBe('8712 Likes. Like');
    expect(log).toEqual([
      { action: 'like', account: 'aniesbaswedan', tweet: '1790000000000000001', via: 'click' },
      { action: 'unlike', account: 'aniesbaswedan', tweet: '1790000000000000001', via: 'click' },
    ]);
  });

  it('speaks Indonesian on the Indonesian page', () => {
    const log = startReplica('home-id');
    const like = inTweet('1790000000000000002', '[data-testid="like"]');
    like.click();
    expect(like.getAttribute('aria-label')).toBe('155 Suka. Batal sukai');
    const follow = find('[data-testid$="-follow"]', userCell('prabowo'));
    follow.click();
    expect(follow.textContent).toBe('Mengikuti');
    expect(follow.getAttribute('aria-label')).toBe('Mengikuti @prabowo');
    expect(log.map((entry) => entry.action)).toEqual(['like', 'follow']);
  });

  it('follows and unfollows from the sidebar, the hover card and a profile header', () => {
    const log = startReplica('home-en');
    const cellButton = find('[data-testid$="-follow"]', userCell('detikcom'));
    cellButton.click();
    expect(cellButton.dataset['testid']).toBe('69183155-unfollow');
    expect(cellButton.textContent).toBe('Following');
    cellButton.click();
    find('#layers [data-testid$="-follow"]').click();
    expect(log).toEqual([
      { action: 'follow', account: 'detikcom', via: 'click' },
      { action: 'unfollow', account: 'detikcom', via: 'click' },
      { action: 'follow', account: 'ganjarpranowo', via: 'click' },
    ]);

    const followedLog = startReplica('profile-prabowo-followed');
    find('[data-testid="placementTracking"] button').click();
    expect(followedLog).toEqual([{ action: 'unfollow', account: 'prabowo', via: 'click' }]);

    const profileLog = startReplica('profile-aniesbaswedan');
    const header = find('[data-testid="placementTracking"] button');
    header.click();
    expect(header.textContent).toBe('Following');
    expect(profileLog).toEqual([{ action: 'follow', account: 'aniesbaswedan', via: 'click' }]);
  });

  it('likes the focused post on `l`, outside editable fields and without modifiers', () => {
    const log = startReplica('home-en');
    const post = tweet('1790000000000000006');
    post.focus();
    post.dispatchEvent(keydown({ key: 'l', ctrlKey: true }));
    post.dispatchEvent(keydown({ key: 'l' }));
    const search = find('[data-testid="SearchBox_Search_Input"]');
    search.focus();
    search.dispatchEvent(keydown({ key: 'l' }));
    expect(log).toEqual([{ action: 'unlike', account: 'aniesbaswedan', tweet: '1790000000000000006', via: 'keyboard' }]);
  });

  it('does not see what the guard stops in the capture phase on window', () => {
    const log = startReplica('home-en');
    const stop = (event: Event): void => event.stopImmediatePropagation();
    window.addEventListener('click', stop, { capture: true });
    inTweet('1790000000000000001', '[data-testid="like"]').click();
    window.removeEventListener('click', stop, { capture: true });
    expect(log).toEqual([]);
  });

  it.each([['home-en'], ['home-id'], ['profile-aniesbaswedan']] as const)(
    'on %s, every like the adapter detects is logged by the replica for the same account',
    (fixture) => {
      const log = startReplica(fixture);
      const buttons = [...document.querySelectorAll<HTMLElement>('[data-testid="like"]')];
      expect(buttons.length).toBeGreaterThan(0);
      for (const button of buttons) {
        const detected = click(button);
        expect(log.at(-1)?.account).toBe(detected?.account.id);
        expect(xAdapter.detect(new MouseEvent('click'))).toBeNull();
      }
      expect(log).toHaveLength(buttons.length);
    },
  );
  it('logs a reply to the focused post, and a new post from the home box', () => {
    const log = startReplica('status-aniesbaswedan');
    find('[data-testid="tweetButtonInline"]').click();
    const home = startReplica('home-en');
    const text = find('[data-testid="tweetTextarea_0"]');
    text.textContent = 'Selamat pagi';
    text.dispatchEvent(new Event('input', { bubbles: true }));
    text.focus();
    text.dispatchEvent(keydown({ key: 'Enter', metaKey: true }));
    expect(log).toEqual([{ action: 'reply', account: 'aniesbaswedan', tweet: '1790000000000000001', via: 'click' }]);
    expect(home).toEqual([{ action: 'post', text: 'Selamat pagi', via: 'keyboard' }]);
    // The new post tops the timeline, once, with the text as typed; the box is empty again.
    const first = find('article[data-testid="tweet"]');
    expect(first.querySelector('[data-testid="tweetText"]')?.textContent).toBe('Selamat pagi');
    expect(document.querySelectorAll('[data-testid="tweetText"]')).toHaveLength(9);
    expect(text.textContent).toBe('');
  });

  it('logs a reply from the dialog as one to the post it shows', () => {
    const log = startReplica('reply-modal');
    find('[role="dialog"] [data-testid="tweetButton"]').click();
    expect(log).toEqual([{ action: 'reply', account: 'prabowo', tweet: '1790000000000000003', via: 'click' }]);
    expect(document.querySelector('[role="dialog"]')).toBeNull();
  });

  it('opens the repost, undo-repost and share menus, by click and by `t`', () => {
    const log = startReplica('home-id');
    inTweet('1790000000000000006', '[data-testid="unretweet"]').click();
    find('#layers [data-testid="unretweetConfirm"]').click();
    const post = tweet('1790000000000000002');
    post.focus();
    post.dispatchEvent(keydown({ key: 't' }));
    expect(find('#layers [role="menu"]').textContent).toBe('Posting ulangKutipan');
    inTweet('1790000000000000005', '[aria-label="Bagikan postingan"]').click();
    expect(document.querySelectorAll('#layers [role="menu"]')).toHaveLength(1);
    expect(log.map(({ action, account, via }) => [action, account, via])).toEqual([
      ['unrepost-menu', 'aniesbaswedan', 'click'],
      ['unrepost', 'aniesbaswedan', 'click'],
      ['repost-menu', 'kompascom', 'keyboard'],
      ['share-menu', 'ganjarpranowo', 'click'],
    ]);
  });
});
