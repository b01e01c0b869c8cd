// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.instagram.com/"}
import { describe, expect, it } from 'vitest';
import { click, expectAction, find, loadFixture, press, textButtonNear } from './instagram-fixture';

describe.each([
  ['feed-en', 'Follow', 'Following'],
  ['feed-id', 'Ikuti', 'Mengikuti'],
] as const)('follows on %s', (fixture, follow, following) => {
  it.each([
    ['aniesbaswedan', 'in a listed post’s header'],
    ['prabowo', 'on a "Suggested for you" card'],
    ['detikcom', 'on an unlisted suggestion card'],
    ['mohmahfudmd', 'in the sidebar suggestions'],
  ])('Follow near @%s (%s) follows that account', (handle) => {
    loadFixture(fixture);
    const button = textButtonNear(handle, follow);
    expectAction(click(button), 'follow', handle, button);
    expectAction(click(button.firstElementChild ?? button), 'follow', handle, button);
  });

  it('a followed suggestion reads Following; pressing it unfollows, which is no intent', () => {
    loadFixture(fixture);
    const button = textButtonNear('prabowo', follow);
    find('div', button).textContent = following;
    expect(click(button)).toBeNull();
  });

  it('the keyboard presses a div button on Enter or Space', () => {
    loadFixture(fixture);
    const button = textButtonNear('aniesbaswedan', follow);
    expect(button.getAttribute('role')).toBe('button');
    expectAction(press(button, { key: 'Enter' }), 'follow', 'aniesbaswedan', button);
    expectAction(press(button, { key: ' ' }), 'follow', 'aniesbaswedan', button);
    expect(press(button, { key: 'a' })).toBeNull();
  });
});

describe('follows on profile pages', () => {
  it('the header follows the page owner, not an account the bio or a suggestion links to', () => {
    loadFixture('profile-aniesbaswedan');
    const button = find<HTMLElement>('header button');
    expect(button.textContent?.trim()).toBe('Follow');
    expect(find('header a[href="/ganjar_pranowo/"]')).toBeTruthy();
    expectAction(click(find('div', button)), 'follow', 'aniesbaswedan', button);
  });

  it('a suggestion card below the header follows its own account', () => {
    loadFixture('profile-aniesbaswedan');
    // The first card, @ganjar_pranowo: the bio links to the same account from inside the header.
    const card = find('[data-suggestions] button');
    expectAction(click(card), 'follow', 'ganjar_pranowo', card);
  });

  it('Following in the header unfollows, which is no intent', () => {
    loadFixture('profile-prabowo-followed');
    expect(click(find('header button'))).toBeNull();
    expect(click(find('header button svg'))).toBeNull();
  });

  it('the header follows nobody while the URL names another profile (mid-navigation)', () => {
    loadFixture('profile-aniesbaswedan', 'https://www.instagram.com/kompascom/');
    expect(click(find('header button'))).toBeNull();
  });

  it.each([
    ['header [role="button"]', 'Message'],
    ['[role="tab"]', 'a tab'],
    ['header a[href$="/followers/"]', 'the followers count'],
  ])('a click on %s (%s) is no guarded action', (selector) => {
    loadFixture('profile-aniesbaswedan');
    expect(click(find(selector))).toBeNull();
  });
});
