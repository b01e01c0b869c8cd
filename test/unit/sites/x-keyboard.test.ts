// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://x.com/home"}
import { beforeEach, describe, expect, it } from 'vitest';
import { expectAction, find, inTweet, loadFixture, press, tweet } from './x-fixture';

/** Focuses an element as X does when moving through posts, and checks it took. */
function focus(element: HTMLElement): HTMLElement {
  element.focus();
  expect(document.activeElement).toBe(element);
  return element;
}

describe.each(['home-en', 'home-id'] as const)('the `l` shortcut on %s', (fixture) => {
  beforeEach(() => loadFixture(fixture));

  it.each([
    ['1790000000000000001', 'aniesbaswedan'],
    ['1790000000000000002', 'kompascom'],
    ['1790000000000000003', 'prabowo'],
    ['1790000000000000004', 'kompascom'],
    ['1790000000000000005', 'ganjarpranowo'],
  ])('on focused post %s is a like of @%s, held at its like button', (id, handle) => {
    const post = focus(tweet(id));
    expectAction(press(post, { key: 'l' }), 'like', handle, inTweet(id, '[role="group"] [data-testid="like"]'));
  });

  it('counts Shift+L and Caps Lock too', () => {
    const post = focus(tweet('1790000000000000001'));
    const button = find('[data-testid="like"]', post);
    expectAction(press(post, { key: 'L', shiftKey: true }), 'like', 'aniesbaswedan', button);
    expectAction(press(post, { key: 'L' }), 'like', 'aniesbaswedan', button);
  });

  it('applies to the post holding the focus, such as its name link', () => {
    const link = focus(inTweet('1790000000000000004', '[data-testid="User-Name"] a'));
    expectAction(press(link, { key: 'l' }), 'like', 'kompascom', inTweet('1790000000000000004', '[data-testid="like"]'));
  });

  it('is not an intent on an already liked post (it would unlike)', () => {
    const post = focus(tweet('1790000000000000006'));
    expect(press(post, { key: 'l' })).toBeNull();
  });

  it.each<[KeyboardEventInit, string]>([
    [{ ctrlKey: true }, 'Ctrl'],
    [{ metaKey: true }, 'Meta'],
    [{ altKey: true }, 'Alt'],
    [{ isComposing: true }, 'an IME composition'],
  ])('is no shortcut with %o (%s)', (modifiers) => {
    const post = focus(tweet('1790000000000000001'));
    expect(press(post, { key: 'l', ...modifiers })).toBeNull();
  });

  it.each([['j'], ['k'], ['r'], ['n'], ['Enter']])('key %s is no guarded action', (key) => {
    const post = focus(tweet('1790000000000000001'));
    expect(press(post, { key })).toBeNull();
  });

  it('does nothing when no post has the focus', () => {
    expect(document.activeElement).toBe(document.body);
    expect(press(document.body, { key: 'l' })).toBeNull();
    const sidebarLink = focus(find('[data-testid="sidebarColumn"] a[href="/prabowo"]'));
    expect(press(sidebarLink, { key: 'l' })).toBeNull();
  });

  it('is typing, not a shortcut, in the search box', () => {
    const search = focus(find('[data-testid="SearchBox_Search_Input"]'));
    expect(press(search, { key: 'l' })).toBeNull();
  });

  it('is typing, not a shortcut, in the post composer', () => {
    const composer = focus(find('[data-testid="tweetTextarea_0"]'));
    expect(press(composer, { key: 'l' })).toBeNull();
    const line = find('[data-offset-key] span', composer);
    expect(press(line, { key: 'l' })).toBeNull();
  });

  it('is typing, not a shortcut, in a textarea inside a post', () => {
    const reply = document.createElement('textarea');
    tweet('1790000000000000001').append(reply);
    focus(reply);
    expect(press(reply, { key: 'l' })).toBeNull();
  });
});
