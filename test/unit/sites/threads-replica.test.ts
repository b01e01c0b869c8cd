// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.threads.net/"}
import { describe, expect, it } from 'vitest';
import { threadsAdapter } from '../../../src/sites/threads';
import { click, control, find, startReplica, textButton } from './threads-fixture';

/**
 * The replica is what the E2E suite clicks through; these tests pin its log
 * contract, and check its own reading of each post (avatar, composer
 * placeholder, URL) against the adapter's (permalinks).
 */

const iconLabel = (button: Element) => find('svg', button).getAttribute('aria-label');

describe('replica.js', () => {
  it('likes and unlikes on untrusted clicks, with Threads’ labels', () => {
    const log = startReplica('feed-en');
    const button = control('C1aniesPost', 'Like');
    find('svg path', button).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(iconLabel(button)).toBe('Unlike');
    button.click();
    expect(iconLabel(button)).toBe('Like');
    expect(log).toEqual([
      { action: 'like', account: 'aniesbaswedan', post: 'C1aniesPost', via: 'click' },
      { action: 'unlike', account: 'aniesbaswedan', post: 'C1aniesPost', via: 'click' },
    ]);
  });

  it('opens the Repost/Quote menu, reposts from it, and undoes a repost', () => {
    const log = startReplica('feed-en');
    const button = control('C3prabowoPost', 'Repost');
    button.click();
    expect([...document.querySelectorAll('[role="menu"] [role="menuitem"]')].map((item) => item.textContent)).toEqual([
      'Repost',
      'Quote',
    ]);
    find<HTMLElement>('[role="menuitem"]').click();
    expect(document.querySelector('[role="menu"]')).toBeNull();
    expect(iconLabel(button)).toBe('Unrepost');
    control('C6aniesLiked', 'Unrepost').click();
    expect(log).toEqual([
      { action: 'repost-menu', account: 'prabowo', post: 'C3prabowoPost', via: 'click' },
      { action: 'unrepost', account: 'aniesbaswedan', post: 'C6aniesLiked', via: 'click' },
    ]);
  });

  it('speaks Indonesian on the Indonesian page', () => {
    const log = startReplica('feed-id');
    const like = control('C2kompasPost', 'Suka');
    like.click();
    expect(iconLabel(like)).toBe('Batal suka');
    const follow = control('C3prabowoPost', 'Ikuti');
    follow.click();
    expect(iconLabel(follow)).toBe('Mengikuti');
    expect(log.map((entry) => `${entry.action}:${entry.account}`)).toEqual(['like:kompascom', 'follow:prabowo']);
  });

  it('follows and unfollows from a profile header', () => {
    const log = startReplica('profile-aniesbaswedan');
    const button = textButton('Follow');
    button.click();
    expect(button.textContent).toBe('Following');
    button.click();
    const followedLog = startReplica('profile-prabowo-followed');
    textButton('Following').click();
    expect(log).toEqual([
      { action: 'follow', account: 'aniesbaswedan', via: 'click' },
      { action: 'unfollow', account: 'aniesbaswedan', via: 'click' },
    ]);
    expect(followedLog).toEqual([{ action: 'unfollow', account: 'prabowo', via: 'click' }]);
  });

  it('replies from the dialog by its Post button, and closes it', () => {
    const log = startReplica('post-reply');
    find('[role="dialog"] .barcelona-post-button div').click();
    expect(document.querySelector('[role="dialog"]')).toBeNull();
    expect(log).toEqual([{ action: 'reply', account: 'aniesbaswedan', post: 'C1aniesPost', via: 'click' }]);
  });

  it('replies from a dialog that shows the post without a post container, as the adapter reads it', () => {
    const log = startReplica('post-reply-unframed');
    const detected = click(find('[role="dialog"] .barcelona-post-button div'));
    expect(detected?.account.id).toBe('aniesbaswedan');
    expect(document.querySelector('[role="dialog"]')).toBeNull();
    expect(log).toEqual([{ action: 'reply', account: 'aniesbaswedan', post: 'C1aniesPost', via: 'click' }]);
  });

  it('replies on Ctrl+Enter or Cmd+Enter in the editor, not on Enter alone', () => {
    const log = startReplica('post-reply');
    const text = find('[role="dialog"] [contenteditable="true"] span');
    const enter = (init: KeyboardEventInit) =>
      text.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Enter', ...init }));
    enter({});
    enter({ shiftKey: true });
    enter({ metaKey: true });
    expect(log).toEqual([{ action: 'reply', account: 'aniesbaswedan', post: 'C1aniesPost', via: 'keyboard' }]);
    const again = startReplica('post-reply');
    find('[role="dialog"] [contenteditable="true"]').dispatchEvent(
      new KeyboardEvent('keydown', { bubbles: true, key: 'Enter', ctrlKey: true }),
    );
    expect(again).toHaveLength(1);
  });

  it('does not see what the guard stops in the capture phase on window', () => {
    const log = startReplica('feed-en');
    const stop = (event: Event): void => event.stopImmediatePropagation();
    window.addEventListener('click', stop, { capture: true });
    control('C1aniesPost', 'Like').click();
    window.removeEventListener('click', stop, { capture: true });
    expect(log).toEqual([]);
  });

  it.each([
    ['feed-en', 'Like'],
    ['feed-id', 'Suka'],
    ['profile-aniesbaswedan', 'Like'],
    ['post-reply', 'Like'],
  ] as const)('on %s, every like the adapter detects is logged by the replica for the same account', (fixture, label) => {
    const log = startReplica(fixture);
    const buttons = [...document.querySelectorAll(`svg[aria-label="${label}"]`)].map(
      (icon) => icon.closest<HTMLElement>('[role="button"]')!,
    );
    expect(buttons.length).toBeGreaterThan(0);
    for (const button of buttons) {
      const detected = click(button);
      expect(log.at(-1)?.account).toBe(detected?.account.id);
      expect(threadsAdapter.detect(new MouseEvent('click'))).toBeNull();
    }
    expect(log).toHaveLength(buttons.length);
  });
});
