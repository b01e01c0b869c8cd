// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.instagram.com/"}
import { describe, expect, it } from 'vitest';
import { find, iconButton, post, startReplica, textButtonNear } from './instagram-fixture';

/** The replica is what the E2E suite clicks through; these tests pin its log contract. */

const mouse = (type: string) => new MouseEvent(type, { bubbles: true, cancelable: true });

describe('replica.js', () => {
  it('likes by click and double-click, unlikes, shares, reposts and comments on the feed', () => {
    const log = startReplica('feed-en');
    find('._aagw', post('C1feedAnies1')).dispatchEvent(mouse('dblclick'));
    find('._aagw', post('C1feedAnies1')).dispatchEvent(mouse('dblclick'));
    iconButton(post('C1feedAnies1'), 'Unlike').click();
    iconButton(post('C1feedAnies1'), 'Share Post').click();
    iconButton(post('C3feedGanjar'), 'Repost').click();
    find('form textarea', post('C2feedKompas')).dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }),
    );
    expect(log).toEqual([
      { action: 'like', account: 'aniesbaswedan', post: 'C1feedAnies1', via: 'dblclick' },
      { action: 'unlike', account: 'aniesbaswedan', post: 'C1feedAnies1', via: 'click' },
      { action: 'share-dialog', account: 'aniesbaswedan', post: 'C1feedAnies1', via: 'click' },
      { action: 'unrepost', account: 'ganjar_pranowo', post: 'C3feedGanjar', via: 'click' },
      { action: 'comment', account: 'kompascom', post: 'C2feedKompas', text: 'Terima kasih infonya', via: 'enter' },
    ]);
  });

  it('follows from cards and headers and likes comments, in Indonesian too', () => {
    const log = startReplica('feed-id');
    textButtonNear('prabowo', 'Ikuti').click();
    expect(textButtonNear('prabowo', 'Mengikuti')).toBeTruthy();
    const postLog = startReplica('post-page');
    iconButton(find('li a[href="/ganjar_pranowo/"]').closest('li')!, 'Like', '16').click();
    find<HTMLElement>('header [role="button"]').click();
    expect([...log, ...postLog]).toEqual([
      { action: 'follow', account: 'prabowo', via: 'click' },
      { action: 'like', account: 'ganjar_pranowo', post: 'C1aniesPost', comment: '17900000000000002', via: 'click' },
      { action: 'follow', account: 'aniesbaswedan', via: 'click' },
    ]);
  });
});
