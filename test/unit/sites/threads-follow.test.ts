// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.threads.net/"}
import { describe, expect, it } from 'vitest';
import { click, control, expectAction, find, loadFixture, post, textButton } from './threads-fixture';

describe.each([
  ['feed-en', 'Follow'],
  ['feed-id', 'Ikuti'],
] as const)('the "+" follow on an avatar in %s', (fixture, follow) => {
  it.each([
    ['C3prabowoPost', 'prabowo', 'on a repost: the original author, whose avatar it is'],
    ['C2kompasPost', 'kompascom', 'an unlisted author'],
  ])('on post %s follows @%s (%s)', (code, handle) => {
    loadFixture(fixture);
    const button = control(code, follow);
    expectAction(click(button), 'follow', handle, button);
    expectAction(click(find('svg path', button)), 'follow', handle, button);
  });

  it('is not followed when it already shows Following', () => {
    loadFixture(fixture);
    const button = control('C3prabowoPost', follow);
    find('svg', button).setAttribute('aria-label', fixture === 'feed-en' ? 'Following' : 'Mengikuti');
    expect(click(button)).toBeNull();
  });
});

describe('the Follow button of a profile header', () => {
  it('follows the page’s owner', () => {
    loadFixture('profile-aniesbaswedan');
    const button = textButton('Follow');
    expectAction(click(button), 'follow', 'aniesbaswedan', button);
    expectAction(click(button.firstChild!.firstChild!), 'follow', 'aniesbaswedan', button);
  });

  it('on a profile tab (/replies) follows the owner too', () => {
    loadFixture('profile-aniesbaswedan', 'https://www.threads.net/@aniesbaswedan/replies');
    const button = textButton('Follow');
    expectAction(click(button), 'follow', 'aniesbaswedan', button);
  });

  it('reads Indonesian on an Indonesian page', () => {
    loadFixture('profile-aniesbaswedan');
    document.documentElement.lang = 'id';
    const button = textButton('Follow');
    button.firstElementChild!.textContent = 'Ikuti';
    expectAction(click(button), 'follow', 'aniesbaswedan', button);
  });

  it('Following (an unfollow) and Mention are no guarded action', () => {
    loadFixture('profile-prabowo-followed');
    expect(click(textButton('Following'))).toBeNull();
    expect(click(textButton('Mention'))).toBeNull();
  });

  it('follows nobody while the page still shows another profile', () => {
    loadFixture('profile-aniesbaswedan', 'https://www.threads.net/@kompascom');
    expect(click(textButton('Follow'))).toBeNull();
  });

  it('follows nobody from a dialog (a follower list), even on a profile page', () => {
    loadFixture('profile-aniesbaswedan');
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.append(textButton('Follow'));
    document.body.append(dialog);
    expect(click(find('[role="dialog"] [role="button"]'))).toBeNull();
  });

  it('a Follow button outside posts on the feed follows nobody', () => {
    loadFixture('feed-en');
    const button = control('C2kompasPost', 'Follow');
    document.body.append(button);
    expect(click(button)).toBeNull();
  });

  it('a follow "+" in a post on a profile page follows the post’s author, not the owner', () => {
    loadFixture('profile-aniesbaswedan');
    const like = control('C9kompasOnAnies', 'Like');
    const button = like.cloneNode(true) as HTMLElement;
    find('svg', button).setAttribute('aria-label', 'Follow');
    post('C9kompasOnAnies').append(button);
    expectAction(click(button), 'follow', 'kompascom', button);
  });
});
