// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://x.com/home"}
import { beforeEach, describe, expect, it } from 'vitest';
import { click, expectAction, find, inTweet, loadFixture, press, startReplica, tweet } from './x-fixture';

const INLINE = '[data-testid="tweetButtonInline"]';
const MODAL = '[role="dialog"] [data-testid="tweetButton"]';
const TEXT = '[data-testid="tweetTextarea_0"]';

/** A key press in a composer, aimed where the caret is: the typed text's span. */
function pressIn(composer: Element, init: KeyboardEventInit) {
  const line = composer.querySelector('[data-text="true"]') ?? composer;
  return press(line, { key: 'Enter', ...init });
}

describe('a reply under the focused post of a status page', () => {
  beforeEach(() => loadFixture('status-aniesbaswedan'));

  it('is a comment on the focused post’s author, held at the Reply button', () => {
    const button = find(INLINE);
    expectAction(click(button), 'comment', 'aniesbaswedan', button);
    expectAction(click(find('span', button)), 'comment', 'aniesbaswedan', button);
  });

  it.each<[string, KeyboardEventInit]>([
    ['Ctrl+Enter', { ctrlKey: true }],
    ['Cmd+Enter', { metaKey: true }],
  ])('sent with %s is the same comment, replayed on the Reply button', (_name, modifiers) => {
    expectAction(pressIn(find(TEXT), modifiers), 'comment', 'aniesbaswedan', find(INLINE));
  });

  it.each<[string, KeyboardEventInit]>([
    ['Enter', {}],
    ['Shift+Enter', { shiftKey: true }],
    ['Ctrl+Alt+Enter', { ctrlKey: true, altKey: true }],
    ['Ctrl+Enter while composing', { ctrlKey: true, isComposing: true }],
  ])('%s is typing, not sending', (_name, modifiers) => {
    expect(pressIn(find(TEXT), modifiers)).toBeNull();
  });

  it('Ctrl+Enter outside a composer sends nothing', () => {
    expect(press(tweet('1790000000000000101'), { key: 'Enter', ctrlKey: true })).toBeNull();
  });

  it('an empty composer’s disabled button sends nothing', () => {
    find(INLINE).setAttribute('disabled', '');
    expect(pressIn(find(TEXT), { ctrlKey: true })).toBeNull();
    find(INLINE).removeAttribute('disabled');
    find(INLINE).setAttribute('aria-disabled', 'true');
    expect(click(find(INLINE))).toBeNull();
  });

  it('the focused post’s own Reply button only opens the dialog', () => {
    expect(click(inTweet('1790000000000000001', '[data-testid="reply"]'))).toBeNull();
  });
});

describe('a reply from the reply dialog', () => {
  beforeEach(() => loadFixture('reply-modal'));

  it('is a comment on the author of the post shown in the dialog', () => {
    const button = find(MODAL);
    expectAction(click(button), 'comment', 'prabowo', button);
  });

  it.each<[string, KeyboardEventInit]>([
    ['Ctrl+Enter', { ctrlKey: true }],
    ['Cmd+Enter', { metaKey: true }],
  ])('sent with %s is held at the dialog’s button, not the feed composer behind it', (_name, modifiers) => {
    expectAction(pressIn(find(`[role="dialog"] ${TEXT}`), modifiers), 'comment', 'prabowo', find(MODAL));
  });

  it('counts the shown post’s author, whoever else "Replying to" names', () => {
    const replyingTo = find('[role="dialog"] a[href="/prabowo"]').parentElement!;
    replyingTo.insertAdjacentHTML('afterbegin', '<a href="/AniesBaswedan">@AniesBaswedan</a> ');
    expectAction(click(find(MODAL)), 'comment', 'prabowo', find(MODAL));
  });

  it('is a new post, not a comment, when the dialog shows no post', () => {
    find('[role="dialog"] article').remove();
    expect(click(find(MODAL))).toBeNull();
  });
});

describe.each(['home-en', 'home-id'] as const)('the "What is happening?!" box on %s', (fixture) => {
  beforeEach(() => {
    loadFixture(fixture);
    find(INLINE).removeAttribute('disabled');
  });

  it('writes a new post, which is no comment', () => {
    expect(click(find(INLINE))).toBeNull();
    expect(pressIn(find(TEXT), { ctrlKey: true })).toBeNull();
  });
});

describe('a reply to an unlisted reply under a listed post', () => {
  /** Opens the replica's reply dialog for a post and types into it, as a user would. */
  function replyTo(id: string): HTMLElement {
    inTweet(id, '[data-testid="reply"]').click();
    const text = find(`[role="dialog"] ${TEXT}`);
    text.textContent = 'Terima kasih infonya.';
    text.dispatchEvent(new Event('input', { bubbles: true }));
    return text;
  }

  it('is a comment on the reply’s author, who is not warned about', () => {
    const log = startReplica('status-aniesbaswedan');
    replyTo('1790000000000000101');
    const button = find(MODAL);
    expectAction(click(button), 'comment', 'kompascom', button);
    // Sending closes the dialog, as X does; Ctrl+Enter gets a dialog of its own.
    const text = replyTo('1790000000000000101');
    const sameButton = find(MODAL);
    expectAction(press(text, { key: 'Enter', ctrlKey: true }), 'comment', 'kompascom', sameButton);
    expect(log).toEqual([
      { action: 'reply', account: 'kompascom', tweet: '1790000000000000101', via: 'click' },
      { action: 'reply', account: 'kompascom', tweet: '1790000000000000101', via: 'keyboard' },
    ]);
  });
});
