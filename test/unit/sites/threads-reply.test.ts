// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.threads.net/@aniesbaswedan/post/C1aniesPost"}
import { beforeEach, describe, expect, it } from 'vitest';
import { click, expectAction, find, loadFixture, post, press } from './threads-fixture';

const dialog = () => find('[role="dialog"]');
const postButton = () => find('[role="dialog"] .barcelona-post-button');
const editor = () => find('[role="dialog"] [contenteditable="true"]');
const typed = () => find('span', editor());

describe('submitting the reply composer', () => {
  beforeEach(() => loadFixture('post-reply'));

  it('by its Post button is a comment on the post replied to', () => {
    const button = postButton();
    expectAction(click(button), 'comment', 'aniesbaswedan', button);
    expectAction(click(button.firstChild!.firstChild!), 'comment', 'aniesbaswedan', button);
  });

  it.each<[KeyboardEventInit, string]>([
    [{ ctrlKey: true }, 'Ctrl+Enter'],
    [{ metaKey: true }, 'Cmd+Enter'],
  ])('by %o (%s) in the editor, held as its Post button', (modifiers) => {
    expectAction(press(typed(), { key: 'Enter', ...modifiers }), 'comment', 'aniesbaswedan', postButton());
    expectAction(press(editor(), { key: 'Enter', ...modifiers }), 'comment', 'aniesbaswedan', postButton());
  });

  it('Enter alone (a new line), other keys and IME composition are no guarded action', () => {
    expect(press(typed(), { key: 'Enter' })).toBeNull();
    expect(press(typed(), { key: 'Enter', shiftKey: true })).toBeNull();
    expect(press(typed(), { key: 'a', ctrlKey: true })).toBeNull();
    expect(press(typed(), { key: 'Enter', ctrlKey: true, isComposing: true })).toBeNull();
  });

  it('Ctrl+Enter outside a composer is no guarded action', () => {
    expect(press(find('a[href$="/post/C7kompasReply"]'), { key: 'Enter', ctrlKey: true })).toBeNull();
  });

  it('a disabled Post button (nothing typed) posts nothing', () => {
    postButton().setAttribute('aria-disabled', 'true');
    expect(click(postButton())).toBeNull();
    expect(press(typed(), { key: 'Enter', ctrlKey: true })).toBeNull();
  });

  it('in Indonesian, the Posting button', () => {
    document.documentElement.lang = 'id';
    expect(click(postButton())).toBeNull();
    find('div', postButton()).textContent = 'Posting';
    expectAction(click(postButton()), 'comment', 'aniesbaswedan', postButton());
  });
});

describe('whose post a reply answers', () => {
  beforeEach(() => loadFixture('post-reply'));

  it('an unlisted reply under a listed post: the reply’s author', () => {
    // The dialog shows the thread down to the reply being answered, above the editor.
    const shown = find('[role="dialog"] div[data-pressable-container]');
    shown.after(post('C7kompasReply').cloneNode(true));
    expectAction(click(postButton()), 'comment', 'kompascom', postButton());
  });

  it('a post quoted inside the replied post does not count', () => {
    const shown = find('[role="dialog"] div[data-pressable-container]');
    const quote = post('C7kompasReply').cloneNode(true) as HTMLElement;
    find('.x1a6qonq', shown).after(quote);
    expectAction(click(postButton()), 'comment', 'aniesbaswedan', postButton());
  });

  it('a post below the editor is a quote being written, not a reply', () => {
    const shown = find('[role="dialog"] div[data-pressable-container]');
    editor().after(shown);
    expect(click(postButton())).toBeNull();
  });

  it('a composer without a post writes a new post: no guarded action', () => {
    find('[role="dialog"] div[data-pressable-container]').remove();
    expect(click(postButton())).toBeNull();
    expect(press(typed(), { key: 'Enter', ctrlKey: true })).toBeNull();
  });

  it('a Post button outside any dialog is no guarded action', () => {
    const button = postButton();
    document.body.append(button);
    expect(click(button)).toBeNull();
    expect(dialog().querySelector('.barcelona-post-button')).toBeNull();
  });
});

// No live capture shows a Threads reply composer; post-reply-unframed is a
// replica of the variant that went unwarned: the dialog shows the post it
// answers without a post container around it.
describe('a reply dialog showing the post without a post container', () => {
  beforeEach(() => loadFixture('post-reply-unframed'));

  const prompt = (text: string | null): void => {
    if (text === null) editor().removeAttribute('aria-placeholder');
    else editor().setAttribute('aria-placeholder', text);
  };

  it('is a comment on the account the composer says it replies to', () => {
    expect(document.querySelector('[role="dialog"] div[data-pressable-container]')).toBeNull();
    const button = postButton();
    expectAction(click(button), 'comment', 'aniesbaswedan', button);
    expectAction(press(typed(), { key: 'Enter', ctrlKey: true }), 'comment', 'aniesbaswedan', button);
  });

  it('the prompt picks among the accounts the shown post links, in English and Indonesian', () => {
    prompt('Reply to kompascom…');
    expectAction(click(postButton()), 'comment', 'kompascom', postButton());
    document.documentElement.lang = 'id';
    find('div', postButton()).textContent = 'Posting';
    prompt('Balas ke aniesbaswedan...');
    expectAction(click(postButton()), 'comment', 'aniesbaswedan', postButton());
  });

  it('without a prompt, the shown post’s author when its links name only one account', () => {
    prompt(null);
    // The post mentions @kompascom: two accounts, and nothing says which is answered.
    expect(click(postButton())).toBeNull();
    find('[role="dialog"] a[href="/@kompascom"]').remove();
    expectAction(click(postButton()), 'comment', 'aniesbaswedan', postButton());
  });

  it('a prompt in a language without a pattern is not read, and the post’s links alone decide', () => {
    prompt('Responder a kompascom…');
    expect(click(postButton())).toBeNull();
    find('[role="dialog"] a[href="/@kompascom"]').remove();
    expectAction(click(postButton()), 'comment', 'aniesbaswedan', postButton());
  });

  it('a prompt naming an account the dialog does not show is not guessed at', () => {
    prompt('Reply to prabowo…');
    expect(click(postButton())).toBeNull();
  });

  it('with nothing shown above the editor, the prompt alone is no reply', () => {
    const editorRow = editor().closest('.x78zum5.x1q0g3np')!;
    editorRow.parentElement!.prepend(editorRow);
    expect(click(postButton())).toBeNull();
  });

  it('a thread shown above the editor: the prompt names the reply being answered', () => {
    const shownPost = find('[role="dialog"] a[href$="/post/C1aniesPost"]').closest('.xvi1rzs')!;
    const reply = post('C7kompasReply').cloneNode(true) as HTMLElement;
    reply.removeAttribute('data-pressable-container');
    shownPost.after(reply);
    prompt('Reply to kompascom…');
    expectAction(click(postButton()), 'comment', 'kompascom', postButton());
    prompt(null);
    expect(click(postButton())).toBeNull();
  });
});
