// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://m.facebook.com/"}
import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../../src/sites/facebook';
import { find } from './site-fixture';
import { click, expectAction, mobile, press, STORY, SUBSCRIBE, TOUCH_LIKE, TOUCH_SHARE } from './facebook-mobile-fixture';

describe('m.facebook.com feed (touch layout, Indonesian)', () => {
  it('holds Suka and Bagikan as a like and a share of the story’s author', () => {
    mobile.loadFixture('m-feed-id');
    const like = find(`${STORY('1001')} ${TOUCH_LIKE}`);
    expectAction(click(like.querySelector('i')!), 'like', 'aniesbaswedan', like);
    const share = find(`${STORY('1001')} ${TOUCH_SHARE}`);
    expectAction(click(share), 'share', 'aniesbaswedan', share);
    const other = find(`${STORY('2002')} ${TOUCH_LIKE}`);
    expectAction(click(other), 'like', 'kompascom', other);
  });

  it('holds Suka and Bagikan on a story whose author is a numeric profile (profile.php?id=) as that id’s', () => {
    mobile.loadFixture('m-feed-id');
    const share = find(`${STORY('4004')} ${TOUCH_SHARE}`);
    expectAction(click(share), 'share', '100044000000004', share);
    const like = find(`${STORY('4004')} ${TOUCH_LIKE}`);
    expectAction(click(like), 'like', '100044000000004', like);
  });

  it('on a permalink page whose action row sits below the story, acts on the page’s only story', () => {
    mobile.loadFixture('m-feed-id');
    for (const id of ['1001', '2002', '3003']) find(STORY(id)).remove();
    const row = find(`${STORY('4004')} footer`);
    find(STORY('4004')).after(row);
    const share = find(TOUCH_SHARE, row);
    expectAction(click(share), 'share', '100044000000004', share);
  });

  it('never holds the like of an already liked story: pressing it unlikes', () => {
    mobile.loadFixture('m-feed-id');
    expect(click(find(`${STORY('3003')} ${TOUCH_LIKE}`))).toBeNull();
  });

  it('treats a liked state kept only in data-store as liked too', () => {
    mobile.loadFixture('m-feed-id');
    const like = find(`${STORY('1001')} ${TOUCH_LIKE}`);
    like.setAttribute('data-store', '{"reaction":2}');
    expect(click(like)).toBeNull();
  });

  it('lets the Komentari link through (it only opens the composer) and leaves Enter on a link to the click it makes', () => {
    mobile.loadFixture('m-feed-id');
    expect(click(find(`${STORY('1001')} a[data-sigil~="ufiCommentLink"]`))).toBeNull();
    expect(press(find(`${STORY('1001')} ${TOUCH_LIKE}`), { key: 'Enter' })).toBeNull();
  });

  it('marks each story after its author’s name', () => {
    mobile.loadFixture('m-feed-id');
    const marked = [...document.querySelectorAll(facebookAdapter.markableSelector)]
      .map((element) => facebookAdapter.markable(element))
      .filter((found) => found !== null)
      .map((found) => [found.account.id, found.kind, found.anchor.localName]);
    expect(marked).toEqual([
      ['aniesbaswedan', 'post', 'h3'],
      ['kompascom', 'post', 'h3'],
      ['prabowo', 'post', 'h3'],
      ['100044000000004', 'post', 'h3'],
    ]);
  });
});

describe('m.facebook.com profile (Indonesian)', () => {
  it('holds Ikuti as a follow of the profile, by its vanity name and by the numeric id the link follows', () => {
    mobile.loadFixture('m-profile-id');
    const follow = find(SUBSCRIBE);
    const action = click(follow);
    expectAction(action, 'follow', 'prabowo', follow);
    expect(action?.alternates).toEqual([{ platform: 'facebook', id: '100044000000003' }]);
  });

  it('never holds Mengikuti (unfollow), and marks the cover as a followed profile then', () => {
    const log = mobile.startReplica<{ action: string }>('m-profile-id');
    const cover = find('#m-timeline-cover-section');
    expect(facebookAdapter.markable(cover)).toMatchObject({ account: { id: 'prabowo' }, kind: 'profile', followed: false });
    find<HTMLElement>(SUBSCRIBE).click();
    expect(log).toEqual([{ action: 'follow', account: '100044000000003', via: 'click' }]);
    expect(facebookAdapter.markable(cover)).toMatchObject({ kind: 'profile', followed: true });
    expect(click(find(SUBSCRIBE))).toBeNull();
  });
});
