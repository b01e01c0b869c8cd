// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.facebook.com/"}
import { describe, expect, it } from 'vitest';
import { click, control, expectAction, find, loadFixture, post } from './facebook-fixture';

const header = () => find('.jn-profile-buttons');

describe('Follow in the feed', () => {
  it.each([
    ['feed-en', 'Follow'],
    ['feed-id', 'Ikuti'],
  ] as const)('on %s, "%s" beside an author’s name follows that author', (fixture, label) => {
    loadFixture(fixture);
    const anies = control(post('pfbid0Anies1'), label);
    expectAction(click(anies), 'follow', 'aniesbaswedan', anies);
    const kompas = control(post('pfbid0Kompas2'), label);
    expectAction(click(find('span', kompas)), 'follow', 'kompascom', kompas);
  });

  it('"Following" beside a name unfollows: no intent', () => {
    loadFixture('feed-en');
    const button = control(post('pfbid0Anies1'), 'Follow');
    button.setAttribute('aria-label', 'Following');
    expect(click(button)).toBeNull();
  });
});

describe('a page header', () => {
  it('Follow and Like Page follow the page’s owner', () => {
    loadFixture('page-listed');
    for (const label of ['Follow', 'Like Page']) {
      const button = control(header(), label);
      expectAction(click(find('span', button)), 'follow', 'aniesbaswedan', button);
    }
  });

  it('a plain Like in the header likes the page: a follow too', () => {
    loadFixture('page-listed');
    const button = control(header(), 'Like Page');
    button.setAttribute('aria-label', 'Like');
    expectAction(click(button), 'follow', 'aniesbaswedan', button);
  });

  it('a Follow in a related-pages card follows that page, not the owner', () => {
    loadFixture('page-listed');
    const card = find('.jn-card');
    const button = control(card, 'Follow');
    expectAction(click(button), 'follow', 'kompascom', button);
  });

  it.each(['Following', 'Liked', 'Unfollow', 'Mengikuti', 'Disukai', 'Berhenti Mengikuti'])('"%s" undoes: no intent', (label) => {
    loadFixture('page-listed');
    const button = control(header(), 'Follow');
    button.setAttribute('aria-label', label);
    expect(click(button)).toBeNull();
  });

  it('on a numeric profile already followed, Mengikuti is no intent; Ikuti follows the numeric id', () => {
    loadFixture('profile-numeric');
    const button = control(header(), 'Mengikuti');
    expect(click(button)).toBeNull();
    button.setAttribute('aria-label', 'Ikuti');
    expectAction(click(button), 'follow', '100044123456789', button);
  });

  it('is no follow of anyone while the URL names another account than the header (mid-navigation)', () => {
    loadFixture('page-listed', 'https://www.facebook.com/kompascom');
    expect(click(control(header(), 'Follow'))).toBeNull();
  });
});
