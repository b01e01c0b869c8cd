// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.facebook.com/"}
import { describe, expect, it } from 'vitest';
import { commentBy, control, find, post, startReplica } from './facebook-fixture';

/** The replica is what the E2E suite clicks through; these tests pin its log contract. */
const enter = (target: Element) =>
  // A real key press carries keyCode, which a Lexical comment box reads.
  target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true, cancelable: true }));

describe('replica.js', () => {
  it('likes, reacts from the bar, unlikes, shares and comments on the feed', () => {
    const log = startReplica('feed-en');
    control(post('pfbid0Anies1'), 'Like').click();
    control(post('pfbid0Anies1'), 'Remove Like').click();
    find('.jn-like', post('pfbid0Kompas2')).dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(find<HTMLElement>('[role="toolbar"]', post('pfbid0Kompas2')).hidden).toBe(false);
    control(find('[role="toolbar"]', post('pfbid0Kompas2')), 'Haha').click();
    control(post('pfbid0Ganjar5'), 'Remove Love').click();
    control(post('pfbid0Budi3'), 'Send this to friends or post it on your profile.').click();
    control(commentBy(post('pfbid0Kompas2'), 'prabowo'), 'Like').click();
    enter(find('[role="textbox"]', post('pfbid0Anies1')));
    enter(find('[role="textbox"]', post('pfbid0Kompas2')));
    post('pfbid0Prabowo4').dispatchEvent(new KeyboardEvent('keydown', { key: 'l', bubbles: true }));
    expect(log).toEqual([
      { action: 'like', account: 'aniesbaswedan', post: 'pfbid0Anies1', reaction: 'like', via: 'click' },
      { action: 'unlike', account: 'aniesbaswedan', post: 'pfbid0Anies1', via: 'click' },
      { action: 'like', account: 'kompascom', post: 'pfbid0Kompas2', reaction: 'haha', via: 'click' },
      { action: 'unlike', account: '100044123456789', post: 'pfbid0Ganjar5', via: 'click' },
      { action: 'share-menu', account: 'aniesbaswedan', post: 'pfbid0Anies9', via: 'click' },
      { action: 'like', account: 'prabowo', post: 'pfbid0Kompas2', comment: 'Y29tbWVudDoyMQ', reaction: 'like', via: 'click' },
      { action: 'comment', account: 'aniesbaswedan', post: 'pfbid0Anies1', text: 'Semangat terus, Pak!', via: 'enter' },
      { action: 'comment', account: 'prabowo', post: 'pfbid0Kompas2', comment: 'Y29tbWVudDoyMQ', text: 'Setuju, Pak.', via: 'enter' },
      { action: 'unlike', account: 'prabowo', post: 'pfbid0Prabowo4', via: 'keyboard' },
    ]);
    expect(find('[role="menu"]')).toBeTruthy();
  });

  it('follows and unfollows from the feed and from headers, in Indonesian too', () => {
    const feed = startReplica('feed-id');
    control(post('pfbid0Kompas2'), 'Ikuti').click();
    const page = startReplica('page-listed');
    control(find('.jn-profile-buttons'), 'Like Page').click();
    control(find('.jn-card'), 'Follow').click();
    const profile = startReplica('profile-numeric');
    control(find('.jn-profile-buttons'), 'Mengikuti').click();
    expect([...feed, ...page, ...profile]).toEqual([
      { action: 'follow', account: 'kompascom', via: 'click' },
      { action: 'follow', account: 'aniesbaswedan', via: 'click' },
      { action: 'follow', account: 'kompascom', via: 'click' },
      { action: 'unfollow', account: '100044123456789', via: 'click' },
    ]);
    expect(control(find('.jn-profile-buttons'), 'Ikuti')).toBeTruthy();
  });
});
