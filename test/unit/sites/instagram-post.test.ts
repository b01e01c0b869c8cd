// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.instagram.com/p/C1aniesPost/"}
import { beforeEach, describe, expect, it } from 'vitest';
import { click, dblclick, expectAction, find, iconButton, loadFixture, textButtonNear } from './instagram-fixture';

/** The comment row (li) that links to this account. */
const commentRow = (handle: string) => find(`li a[href="/${handle}/"]`).closest('li')!;

describe('a post page (/p/<code>/), laid out without an article', () => {
  beforeEach(() => loadFixture('post-page'));

  it('the action bar heart likes the post’s author', () => {
    const button = iconButton(document, 'Like');
    expectAction(click(button), 'like', 'aniesbaswedan', button);
  });

  it.each([
    ['kompascom', 'an unlisted commenter'],
    ['ganjar_pranowo', 'a listed commenter'],
  ])('a comment heart likes the comment, so the content of @%s (%s)', (handle) => {
    const button = iconButton(commentRow(handle), 'Like', '16');
    expectAction(click(button), 'like', handle, button);
    expectAction(click(find('svg', button)), 'like', handle, button);
  });

  it('an already liked comment’s heart unlikes, which is no intent', () => {
    expect(click(iconButton(commentRow('detikcom'), 'Unlike', '16'))).toBeNull();
  });

  it('a click on a comment’s text, name or Reply is no like, though the comment is a button', () => {
    const row = commentRow('ganjar_pranowo');
    expect(row.closest('[role="button"]')).not.toBeNull();
    for (const selector of ['._a9zs span', 'h3 a', '._a9zt [role="button"]']) {
      expect(click(find(selector, row))).toBeNull();
    }
  });

  it('a double-click on the media likes the post; on a comment or the caption it does not', () => {
    const like = iconButton(document, 'Like');
    expectAction(dblclick(find('._aagw')), 'like', 'aniesbaswedan', like);
    expect(dblclick(find('._a9zs span', commentRow('kompascom')))).toBeNull();
    expect(dblclick(find('h1._aacu'))).toBeNull();
  });

  it('the header’s Follow follows the author', () => {
    const button = textButtonNear('aniesbaswedan', 'Follow');
    expect(button.closest('header')).not.toBeNull();
    expectAction(click(button), 'follow', 'aniesbaswedan', button);
  });

  it('share and repost share the author’s post', () => {
    const share = iconButton(document, 'Share Post');
    expectAction(click(share), 'share', 'aniesbaswedan', share);
    const repost = iconButton(document, 'Repost');
    expectAction(click(repost), 'share', 'aniesbaswedan', repost);
  });

  it('the same post opened in a dialog over another page is read the same way', () => {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.append(...find('main').childNodes);
    document.body.append(dialog);
    history.replaceState(null, '', '/explore/');
    const button = iconButton(dialog, 'Like');
    expectAction(click(button), 'like', 'aniesbaswedan', button);
    const heart = iconButton(commentRow('ganjar_pranowo'), 'Like', '16');
    expectAction(click(heart), 'like', 'ganjar_pranowo', heart);
  });

  it('outside a post page, main is no post: a stray heart there has no author', () => {
    history.replaceState(null, '', '/reels/');
    expect(click(iconButton(document, 'Like'))).toBeNull();
  });
});
