// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.threads.net/"}
import { describe, expect, it } from 'vitest';
import { threadsAdapter } from '../../../src/sites/threads';
import { adapterEvents } from './site-fixture';
import { click, control, find, loadFixture, startReplica, textButton } from './threads-fixture';

const { publishOn } = adapterEvents(threadsAdapter);
const EDITOR = '[role="dialog"] [contenteditable="true"]';

const clickOn = (target: Element) => publishOn(target, new MouseEvent('click', { bubbles: true, cancelable: true }));
const keyIn = (editor: Element, init: KeyboardEventInit) =>
  publishOn(editor, new KeyboardEvent('keydown', { bubbles: true, cancelable: true, key: 'Enter', ...init }));

/** Types into the open composer as Lexical holds it (a paragraph per line), firing input as a keyboard does. */
function type(lines: readonly string[]): HTMLElement {
  const editor = find(EDITOR);
  editor.innerHTML = lines.map((line) => `<p dir="ltr"><span data-lexical-text="true">${line}</span></p>`).join('');
  editor.dispatchEvent(new Event('input', { bubbles: true }));
  return editor;
}

/** Opens the replica's "New thread" dialog from the navigation's Create button. */
function openComposer(create: string): void {
  find(`svg[aria-label="${create}"]`).closest<HTMLElement>('[role="button"]')!.click();
}

// The replica runs in these tests, as in the browser: a press the adapter
// answers for is also the replica's, which publishes once and closes the dialog.
describe.each([
  ['feed-en', 'Create', 'Post'],
  ['feed-id', 'Buat', 'Posting'],
] as const)('the "New thread" composer on %s', (fixture, create, post) => {
  it('publishes by its Post button, once typed into, the text as typed, line by line', () => {
    const log = startReplica(fixture);
    openComposer(create);
    const button = textButton(post);
    // Nothing typed: the button is disabled, and a new post is no comment either.
    expect(clickOn(button)).toBeNull();
    expect(click(button)).toBeNull();
    type(['Bersama @aniesbaswedan', '#AMINAjaDulu']);
    const answer = clickOn(button.firstElementChild!);
    expect(answer?.element).toBe(button);
    expect(answer?.text()).toBe('Bersama @aniesbaswedan\n#AMINAjaDulu');
    expect(log).toEqual([{ action: 'post', text: 'Bersama @aniesbaswedan\n#AMINAjaDulu', via: 'click' }]);
    // The replica shows the new post atop the feed, and the dialog is gone.
    expect(find('div[data-pressable-container="true"]').textContent).toContain('Bersama @aniesbaswedan\n#AMINAjaDulu');
    expect(document.querySelector('[role="dialog"]')).toBeNull();
  });

  it('publishes by Ctrl+Enter and Cmd+Enter in the editor, not by Enter alone', () => {
    startReplica(fixture);
    openComposer(create);
    const button = textButton(post);
    const editor = type(['Halo @prabowo']);
    expect(keyIn(editor, {})).toBeNull();
    expect(keyIn(editor, { ctrlKey: true, isComposing: true })).toBeNull();
    const answer = keyIn(editor, { ctrlKey: true });
    expect(answer?.element).toBe(button);
    expect(answer?.text()).toBe('Halo @prabowo');
    startReplica(fixture);
    openComposer(create);
    const again = textButton(post);
    expect(keyIn(type(['Halo @prabowo']), { metaKey: true })?.element).toBe(again);
  });
});

describe('the reply composer', () => {
  it('publishes the reply as typed, while detect holds it as a comment on the post it answers', () => {
    loadFixture('post-reply');
    const button = textButton('Post');
    expect(clickOn(button)?.text()).toBe('Semoga lancar acaranya, Pak.');
    const comment = click(button);
    expect(comment?.intent).toBe('comment');
    expect(comment?.text?.()).toBe('Thank you, Jakarta, for the warm welcome today.');
  });

  it('publishes nothing while its Post button is disabled', () => {
    loadFixture('post-reply');
    textButton('Post').setAttribute('aria-disabled', 'true');
    expect(clickOn(textButton('Post'))).toBeNull();
    expect(keyIn(find(EDITOR), { ctrlKey: true })).toBeNull();
  });
});

it('answers nothing for a post’s own buttons', () => {
  loadFixture('search-tag');
  for (const label of ['Like', 'Reply', 'Repost', 'Share', 'More']) {
    expect(clickOn(control('C11tagPost', label))).toBeNull();
  }
});
