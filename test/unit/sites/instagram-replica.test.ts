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

  it('in the Reels viewer, likes by the heart and a double-click on the player, shares and follows each reel', () => {
    const log = startReplica('reels-id');
    const reel = (user: string) => find(`a[href="/${user}/reels/"]`).closest<HTMLElement>('main > div > div')!;
    iconButton(reel('aniesbaswedan'), 'Suka').click();
    find('[role="group"] > div > [role="presentation"] > [role="button"]', reel('kompascom')).dispatchEvent(mouse('dblclick'));
    iconButton(reel('kompascom'), 'Bagikan').click();
    [...reel('aniesbaswedan').querySelectorAll<HTMLElement>('[role="button"]')].find((b) => b.textContent === 'Ikuti')!.click();
    expect(log).toEqual([
      { action: 'like', account: 'aniesbaswedan', post: 'C1reelAnies', via: 'click' },
      { action: 'like', account: 'kompascom', post: 'C2reelKompas', via: 'dblclick' },
      { action: 'share-dialog', account: 'kompascom', post: 'C2reelKompas', via: 'click' },
      { action: 'follow', account: 'aniesbaswedan', via: 'click' },
    ]);
  });

  it('on the 2026 post page, shows Post once text is typed, posts, and likes comments by their authors', () => {
    const log = startReplica('post-2026-anies');
    const box = find<HTMLTextAreaElement>('main form textarea');
    const postButton = () => [...find('main form').querySelectorAll('[role="button"]')].find((b) => b.textContent === 'Post');
    expect(postButton()).toBeUndefined();
    box.value = 'hebat';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    (postButton() as HTMLElement).click();
    expect(postButton()).toBeUndefined();
    iconButton(find('a[href$="/c/18000000000000001/"]').closest('main')!, 'Like', '16').click();
    iconButton(find('main section'), 'Like').click();
    expect(log).toEqual([
      { action: 'comment', account: 'aniesbaswedan', post: 'C2postAnies', text: 'hebat', via: 'click' },
      { action: 'like', account: 'ganjar_pranowo', post: 'C2postAnies', comment: '18000000000000001', via: 'click' },
      { action: 'like', account: 'aniesbaswedan', post: 'C2postAnies', via: 'click' },
    ]);
  });
});
