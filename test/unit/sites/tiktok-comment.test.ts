// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.tiktok.com/@aniesbaswedan/video/7300000000000000001"}
import { describe, expect, it } from 'vitest';
import { click, expectAction, find, footerEditor, loadFixture, press, replyEditor } from './tiktok-fixture';

const postButtonOf = (editor: Element) => find('[data-e2e="comment-post"]', editor.closest('[data-e2e="comment-input"]')!.parentElement!);

describe('a comment on a video page', () => {
  it('the Post button comments on the video’s author', () => {
    loadFixture('video-listed');
    const post = postButtonOf(footerEditor());
    expectAction(click(post), 'comment', 'aniesbaswedan', post);
  });

  it('Enter in the box comments too, replayed through the Post button', () => {
    loadFixture('video-listed');
    const editor = footerEditor();
    expectAction(press(find('[data-text="true"]', editor), { key: 'Enter' }), 'comment', 'aniesbaswedan', postButtonOf(editor));
  });

  it('Shift+Enter (a new line), an IME confirming a word and other keys post nothing', () => {
    loadFixture('video-listed');
    const editor = footerEditor();
    expect(press(editor, { key: 'Enter', shiftKey: true })).toBeNull();
    expect(press(editor, { key: 'Enter', isComposing: true })).toBeNull();
    expect(press(editor, { key: 'a' })).toBeNull();
  });

  it('an empty box posts nothing', () => {
    loadFixture('video-listed');
    const editor = footerEditor();
    find('[data-text="true"]', editor).textContent = '';
    expect(click(postButtonOf(editor))).toBeNull();
    expect(press(editor, { key: 'Enter' })).toBeNull();
  });

  it('a reply under a comment answers that comment’s author (@kompascom)', () => {
    loadFixture('video-listed');
    const editor = replyEditor();
    const post = postButtonOf(editor);
    expectAction(click(post), 'comment', 'kompascom', post);
    expectAction(press(editor, { key: 'Enter' }), 'comment', 'kompascom', post);
  });

  it('the comments icon and a comment’s Reply only open boxes', () => {
    loadFixture('video-listed');
    expect(click(find('[data-e2e="browse-comment-icon"]'))).toBeNull();
    expect(click(find('[data-e2e="comment-reply-1"]'))).toBeNull();
  });

  it('Enter outside a comment box (the search field) is no comment', () => {
    loadFixture('video-listed');
    expect(press(find('input[type="search"]'), { key: 'Enter' })).toBeNull();
  });
});
