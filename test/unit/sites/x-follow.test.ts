// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://x.com/home"}
import { beforeEach, describe, expect, it } from 'vitest';
import { click, expectAction, find, inTweet, loadFixture, userCell } from './x-fixture';

const FOLLOW = '[data-testid$="-follow"]';
const hoverCardButton = (): HTMLElement => find(`#layers [data-testid="HoverCard"] ${FOLLOW}`);

describe.each(['home-en', 'home-id'] as const)('follow buttons on %s', (fixture) => {
  beforeEach(() => loadFixture(fixture));

  it.each([['prabowo'], ['detikcom']])('Who to follow: @%s', (handle) => {
    const button = find(FOLLOW, userCell(handle));
    expectAction(click(button), 'follow', handle, button);
    expectAction(click(find('span span', button)), 'follow', handle, button);
  });

  it('hover card in #layers: @ganjarpranowo', () => {
    const button = hoverCardButton();
    expectAction(click(button), 'follow', 'ganjarpranowo', button);
    expectAction(click(find('div[dir="ltr"]', button)), 'follow', 'ganjarpranowo', button);
  });

  it('without a label, a cell or card names the account', () => {
    const cellButton = find(FOLLOW, userCell('prabowo'));
    cellButton.removeAttribute('aria-label');
    expectAction(click(cellButton), 'follow', 'prabowo', cellButton);
    const cardButton = hoverCardButton();
    cardButton.removeAttribute('aria-label');
    expectAction(click(cardButton), 'follow', 'ganjarpranowo', cardButton);
  });

  it('the label comes first: it is what X itself says the button follows', () => {
    const button = find(FOLLOW, userCell('prabowo'));
    button.setAttribute('aria-label', button.getAttribute('aria-label')!.replace('@prabowo', '@detikcom'));
    expectAction(click(button), 'follow', 'detikcom', button);
  });

  it('unfollow is not an intent', () => {
    const button = find(FOLLOW, userCell('prabowo'));
    button.dataset['testid'] = button.dataset['testid']!.replace(/-follow$/, '-unfollow');
    expect(click(button)).toBeNull();
    expect(click(find('span span', button))).toBeNull();
  });

  it('a clicked cell itself (which opens the profile) is not a follow', () => {
    expect(click(find('a[href="/prabowo"]', userCell('prabowo')))).toBeNull();
    expect(click(userCell('detikcom'))).toBeNull();
  });

  it('an unlabelled button outside any cell or card, off a profile page, is unknown', () => {
    const button = hoverCardButton();
    button.removeAttribute('aria-label');
    find('[data-testid="primaryColumn"]').append(button);
    expect(click(button)).toBeNull();
  });
});

describe('follow on a profile page', () => {
  const headerFollow = (): HTMLElement => find(`[data-testid="primaryColumn"] [data-testid="placementTracking"] ${FOLLOW}`);

  it('the header button without a handle in its label follows the page owner', () => {
    loadFixture('profile-aniesbaswedan');
    const button = headerFollow();
    expect(button.getAttribute('aria-label')).toBeNull();
    expectAction(click(button), 'follow', 'aniesbaswedan', button);
    expectAction(click(find('span span', button)), 'follow', 'aniesbaswedan', button);
  });

  it('on a profile tab, still the owner', () => {
    loadFixture('profile-aniesbaswedan', 'https://x.com/aniesbaswedan/media');
    expectAction(click(headerFollow()), 'follow', 'aniesbaswedan', headerFollow());
  });

  it('is unknown while the page still shows another profile (SPA navigation)', () => {
    loadFixture('profile-aniesbaswedan', 'https://x.com/kompascom');
    expect(click(headerFollow())).toBeNull();
  });

  it('a suggestion in the sidebar follows its own account, not the owner', () => {
    loadFixture('profile-aniesbaswedan');
    const button = find(FOLLOW, userCell('ganjarpranowo'));
    button.removeAttribute('aria-label');
    expectAction(click(button), 'follow', 'ganjarpranowo', button);
  });

  it('posts on the profile are liked as the owner’s; an already liked one is not an intent', () => {
    loadFixture('profile-aniesbaswedan');
    const button = inTweet('1790000000000000101', '[data-testid="like"]');
    expectAction(click(button), 'like', 'aniesbaswedan', button);
    expect(click(inTweet('1790000000000000102', '[data-testid="unlike"]'))).toBeNull();
  });

  it('an already followed account: "Following" is an unfollow, not an intent', () => {
    loadFixture('profile-prabowo-followed');
    const button = find('[data-testid="placementTracking"] [data-testid$="-unfollow"]');
    expect(button.textContent).toBe('Following');
    expect(document.querySelector(`[data-testid="placementTracking"] ${FOLLOW}`)).toBeNull();
    expect(click(button)).toBeNull();
    expect(click(find('span span', button))).toBeNull();
  });

  it('an unlisted account is still detected (listing is the matcher’s job)', () => {
    loadFixture('profile-kompascom');
    const button = headerFollow();
    expectAction(click(button), 'follow', 'kompascom', button);
    button.removeAttribute('aria-label');
    expectAction(click(button), 'follow', 'kompascom', button);
  });
});
