// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.youtube.com/"}
import { describe, expect, it } from 'vitest';
import { COMMENT_SUBMIT, button, click, comment, expectAction, find, loadFixture, press } from './youtube-fixture';

const BOX_TEXT = 'ytd-comments-header-renderer #contenteditable-root';
const CTRL_ENTER = { key: 'Enter', ctrlKey: true } as const;

describe.each(['watch-listed', 'watch-listed-id'] as const)('comments on %s', (fixture) => {
  it("the Comment button posts a comment on the video's channel", () => {
    loadFixture(fixture);
    const submit = button(COMMENT_SUBMIT);
    expectAction(click(submit), 'comment', '@aniesbaswedan', submit);
    expectAction(click(find('.yt-spec-button-shape-next__button-text-content', submit)), 'comment', '@aniesbaswedan', submit);
  });

  it('Ctrl+Enter and Cmd+Enter in the box post it too, held as the same button', () => {
    loadFixture(fixture);
    const submit = button(COMMENT_SUBMIT);
    expectAction(press(find(BOX_TEXT), CTRL_ENTER), 'comment', '@aniesbaswedan', submit);
    expectAction(press(find(BOX_TEXT), { key: 'Enter', metaKey: true }), 'comment', '@aniesbaswedan', submit);
  });

  it('plain Enter, Shift+Enter, Alt+Ctrl+Enter and IME composition are no comment', () => {
    loadFixture(fixture);
    for (const init of [{ key: 'Enter' }, { key: 'Enter', shiftKey: true }, { ...CTRL_ENTER, altKey: true }, { ...CTRL_ENTER, isComposing: true }]) {
      expect(press(find(BOX_TEXT), init)).toBeNull();
    }
    expect(press(find('#movie_player'), CTRL_ENTER)).toBeNull();
  });

  it("a reply box under a comment replies to that comment's author", () => {
    loadFixture(fixture);
    const kompas = comment('@kompascom');
    const submit = button('#submit-button', kompas);
    expectAction(click(submit), 'comment', '@kompascom', submit);
    expectAction(press(find('#contenteditable-root', kompas), CTRL_ENTER), 'comment', '@kompascom', submit);
  });

  it('an empty box, whose button YouTube disables, posts nothing', () => {
    loadFixture(fixture);
    find(BOX_TEXT).textContent = '  ';
    expect(press(find(BOX_TEXT), CTRL_ENTER)).toBeNull();
    const submit = button(COMMENT_SUBMIT);
    submit.setAttribute('disabled', '');
    expect(press(find(BOX_TEXT), CTRL_ENTER)).toBeNull();
  });
});
